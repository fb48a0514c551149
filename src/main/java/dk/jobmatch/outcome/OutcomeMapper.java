package dk.jobmatch.outcome;

import dk.jobmatch.api.model.OutcomeFigureDto;
import dk.jobmatch.api.model.OutcomeReportDto;
import dk.jobmatch.api.model.TargetGroupDto;
import dk.jobmatch.vocabulary.TargetGroup;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface OutcomeMapper {

    @Mapping(target = "from", source = "period.from")
    @Mapping(target = "to", source = "period.to")
    @Mapping(target = "targetGroup", source = "filter.targetGroup")
    @Mapping(target = "consultant", source = "filter.consultant")
    @Mapping(target = "employerId", source = "filter.employerId")
    @Mapping(target = "minimumGroupSize", constant = "" + OutcomeFigures.MINIMUM_CITIZENS)
    OutcomeReportDto toDto(OutcomeService.Report report);

    @Mapping(target = "figure", source = "name")
    OutcomeFigureDto toDto(Figure figure);

    TargetGroup toDomain(TargetGroupDto targetGroup);
}
