package dk.jobmatch.match;

import dk.jobmatch.api.model.CitizenSummaryDto;
import dk.jobmatch.api.model.ExplanationDto;
import dk.jobmatch.api.model.MatchDto;
import dk.jobmatch.api.model.MatchFitDto;
import dk.jobmatch.api.model.NeedSummaryDto;
import dk.jobmatch.api.model.PlacementTypeDto;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.vocabulary.PlacementType;
import org.mapstruct.Mapper;

import java.util.List;

/**
 * Maps matches to the API model. Employers get the anonymous form: no case reference, no name,
 * and no distance in kilometres (which would hint at where the citizen lives).
 */
@Mapper
interface MatchMapper {

    String WITHIN_REACH = "Arbejdspladsen ligger inden for borgerens transportafstand";

    ExplanationDto toDto(Explanation explanation);

    CitizenSummaryDto summary(Citizen citizen);

    PlacementTypeDto toDto(PlacementType placementType);

    MatchFitDto toDto(MatchFit fit);

    MatchFit toDomain(MatchFitDto fit);

    default MatchDto toDto(Match match, boolean anonymous) {
        List<ExplanationDto> explanation = match.explanation().stream()
                .map(e -> anonymous && e.kind() == Explanation.Kind.DISTANCE
                        ? new Explanation(Explanation.Kind.DISTANCE, WITHIN_REACH) : e)
                .map(this::toDto)
                .toList();
        MatchDto dto = new MatchDto(match.citizen().id(), match.need().id(),
                match.need().employerId(), Math.round(match.score() * 1000) / 1000.0, toDto(match.fit()),
                match.inProcess(), match.carving().taskIds(),
                match.carving().hoursPerWeek(), explanation);
        CitizenSummaryDto citizen = summary(match.citizen());
        if (anonymous) {
            citizen.setExternalRef(null);
            citizen.setDisplayName(null);
        }
        dto.setCitizen(citizen);
        NeedSummaryDto need = new NeedSummaryDto();
        need.setTitle(match.need().title());
        need.setEmployerName(match.employer() == null ? null : match.employer().name());
        need.setPlacementType(toDto(match.need().placementType()));
        dto.setNeed(need);
        return dto;
    }
}
