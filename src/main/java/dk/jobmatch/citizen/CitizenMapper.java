package dk.jobmatch.citizen;

import dk.jobmatch.api.model.CitizenDto;
import dk.jobmatch.api.model.CitizenPageDto;
import dk.jobmatch.api.model.RemainingHoursDto;
import dk.jobmatch.api.model.TargetGroupDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.TimeMapping;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.TargetGroup;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the generated API model to the profile and back. */
@Mapper(uses = TimeMapping.class)
interface CitizenMapper {

    /** A profile as sent by a client: identity and timestamps are the server's to set. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    @Mapping(target = "consent", source = "consent", defaultValue = "false")
    @Mapping(target = "committedHoursPerWeek", ignore = true)
    @Mapping(target = "measured", ignore = true)
    Citizen toDomain(CitizenDto dto);

    @Mapping(target = "remainingHoursPerWeek", expression = "java(toDto(citizen.remainingHoursPerWeek()))")
    @Mapping(target = "warnings", ignore = true)
    CitizenDto toDto(Citizen citizen);

    RemainingHoursDto toDto(HourRange remaining);

    TargetGroup toDomain(TargetGroupDto targetGroup);

    @Mapping(target = "items", source = "found.citizens")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "found.total")
    CitizenPageDto toPage(CitizenService.Found found, Paging paging);
}
