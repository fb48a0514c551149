package dk.jobmatch.match;

import dk.jobmatch.api.model.CitizenSummary;
import dk.jobmatch.api.model.NeedSummary;
import dk.jobmatch.citizen.Citizen;
import org.mapstruct.Mapper;

import java.util.List;

/**
 * Maps matches to the API model. Employers get the anonymous form: no case reference, no name,
 * and no distance in kilometres (which would hint at where the citizen lives).
 */
@Mapper
interface MatchMapper {

    String WITHIN_REACH = "Arbejdspladsen ligger inden for borgerens transportafstand";

    dk.jobmatch.api.model.Explanation toDto(Explanation explanation);

    CitizenSummary summary(Citizen citizen);

    default dk.jobmatch.api.model.Match toDto(Match match, boolean anonymous) {
        List<dk.jobmatch.api.model.Explanation> explanation = match.explanation().stream()
                .map(e -> anonymous && e.kind() == Explanation.Kind.DISTANCE
                        ? new Explanation(Explanation.Kind.DISTANCE, WITHIN_REACH) : e)
                .map(this::toDto)
                .toList();
        dk.jobmatch.api.model.Match dto = new dk.jobmatch.api.model.Match(match.citizen().id(), match.need().id(),
                match.need().employerId(), Math.round(match.score() * 1000) / 1000.0, match.carving().taskIds(),
                match.carving().hoursPerWeek(), explanation);
        CitizenSummary citizen = summary(match.citizen());
        if (anonymous) {
            citizen.setExternalRef(null);
            citizen.setDisplayName(null);
        }
        dto.setCitizen(citizen);
        NeedSummary need = new NeedSummary();
        need.setTitle(match.need().title());
        need.setEmployerName(match.employer() == null ? null : match.employer().name());
        need.setPlacementType(dk.jobmatch.api.model.PlacementType.valueOf(match.need().placementType().name()));
        dto.setNeed(need);
        return dto;
    }
}
