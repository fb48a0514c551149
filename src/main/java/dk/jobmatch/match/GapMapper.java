package dk.jobmatch.match;

import dk.jobmatch.api.model.AreaGapsDto;
import dk.jobmatch.api.model.CitizenGapDto;
import dk.jobmatch.api.model.GapBlockerDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface GapMapper {

    @Mapping(target = "needId", source = "need.id")
    @Mapping(target = "needTitle", source = "need.title")
    @Mapping(target = "employerId", source = "need.employerId")
    CitizenGapDto toDto(Gaps.Gap gap);

    GapBlockerDto toDto(Gaps.Blocker blocker);

    AreaGapsDto toDto(GapService.Area area);
}
