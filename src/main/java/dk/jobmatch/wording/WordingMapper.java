package dk.jobmatch.wording;

import dk.jobmatch.api.model.ConceptSuggestionDto;
import dk.jobmatch.api.model.WarningDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

/** Warnings and suggestions to the API model; used by the controllers that answer with them. */
@Mapper
public interface WordingMapper {

    @Mapping(target = "conceptId", source = "concept.id")
    @Mapping(target = "type", source = "concept.type")
    @Mapping(target = "preferredLabel", source = "concept.preferredLabel")
    ConceptSuggestionDto toDto(Suggestion suggestion);

    List<ConceptSuggestionDto> toSuggestionDtos(List<Suggestion> suggestions);

    /** Without suggestions when none is near (left out of the answer, as the contract says). */
    @Mapping(target = "suggestions",
            expression = "java(warning.suggestions().isEmpty() ? null : toSuggestionDtos(warning.suggestions()))")
    WarningDto toDto(Warning warning);

    /** The warnings as answered: null (left out of the answer) when there are none. */
    default List<WarningDto> toDtos(List<Warning> warnings) {
        return warnings.isEmpty() ? null : warnings.stream().map(this::toDto).toList();
    }
}
