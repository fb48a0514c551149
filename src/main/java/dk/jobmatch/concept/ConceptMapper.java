package dk.jobmatch.concept;

import dk.jobmatch.api.model.NewVocabularyConceptDto;
import dk.jobmatch.api.model.VocabularyConceptChangeDto;
import dk.jobmatch.api.model.VocabularyConceptDto;
import dk.jobmatch.api.model.VocabularyConceptOriginDto;
import dk.jobmatch.api.model.VocabularyConceptPageDto;
import dk.jobmatch.api.model.VocabularyConceptTypeDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.TimeMapping;
import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptType;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.Optional;

/** Concepts between the API and the domain; the id of an edit comes from its path. */
@Mapper(uses = TimeMapping.class)
interface ConceptMapper {

    ConceptType toDomain(VocabularyConceptTypeDto type);

    VocabularyConceptTypeDto toDto(ConceptType type);

    VocabularyConceptOriginDto toDto(ConceptView.Origin origin);

    default Concept toDomain(NewVocabularyConceptDto dto) {
        return concept(dto.getId(), toDomain(dto.getType()), dto.getPreferredLabel(), dto.getAltLabels(), dto.getBroader());
    }

    default Concept toDomain(String id, VocabularyConceptChangeDto dto) {
        return concept(id, toDomain(dto.getType()), dto.getPreferredLabel(), dto.getAltLabels(), dto.getBroader());
    }

    private static Concept concept(String id, ConceptType type, String preferredLabel, List<String> altLabels,
                                   String broader) {
        return new Concept(id, type, preferredLabel, altLabels == null ? List.of() : altLabels,
                Optional.ofNullable(broader).filter(b -> !b.isBlank()).map(String::strip));
    }

    @Mapping(target = "id", source = "concept.id")
    @Mapping(target = "type", source = "concept.type")
    @Mapping(target = "preferredLabel", source = "concept.preferredLabel")
    @Mapping(target = "altLabels", source = "concept.altLabels")
    @Mapping(target = "trade", expression = "java(view.concept().trade())")
    @Mapping(target = "broader", expression = "java(view.concept().broader().orElse(null))")
    @Mapping(target = "revision", expression = "java(view.revision())")
    @Mapping(target = "editedBy", source = "edit.editedBy")
    @Mapping(target = "editedAt", source = "edit.editedAt")
    VocabularyConceptDto toDto(ConceptView view);

    default VocabularyConceptPageDto toPage(ConceptService.ConceptPage found, Paging paging) {
        return new VocabularyConceptPageDto(found.items().stream().map(this::toDto).toList(), paging.page(),
                paging.size(), found.total());
    }
}
