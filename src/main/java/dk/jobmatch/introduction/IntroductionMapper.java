package dk.jobmatch.introduction;

import dk.jobmatch.api.model.DeclineReasonDto;
import dk.jobmatch.api.model.IntroductionDecisionDto;
import dk.jobmatch.api.model.IntroductionDto;
import dk.jobmatch.api.model.IntroductionRequestDto;
import dk.jobmatch.api.model.IntroductionResponseDto;
import dk.jobmatch.api.model.IntroductionStatusDto;
import dk.jobmatch.api.model.IntroductionTaskDto;
import dk.jobmatch.common.TimeMapping;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.DeclineReason;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ValueMapping;

/**
 * Introductions to and from the API model. What is shown of the citizen is the view's display name
 * and accommodation sentences: never the case reference or the citizen's own notes.
 */
@Mapper(uses = TimeMapping.class)
interface IntroductionMapper {

    IntroductionService.Proposal toDomain(IntroductionRequestDto request);

    IntroductionService.Answer toDomain(IntroductionResponseDto response);

    @ValueMapping(source = "ACCEPTED", target = "ACCEPTED")
    @ValueMapping(source = "DECLINED", target = "DECLINED")
    IntroductionStatus toDomain(IntroductionDecisionDto decision);

    DeclineReason toDomain(DeclineReasonDto reason);

    DeclineReasonDto toDto(DeclineReason reason);

    IntroductionStatusDto toDto(IntroductionStatus status);

    @Mapping(target = "taskId", source = "id")
    IntroductionTaskDto toDto(Task task);

    @Mapping(target = "id", source = "introduction.id")
    @Mapping(target = "needId", source = "introduction.needId")
    @Mapping(target = "employerId", source = "introduction.employerId")
    @Mapping(target = "citizenId", source = "introduction.citizenId")
    @Mapping(target = "status", source = "introduction.status")
    @Mapping(target = "hoursPerWeek", source = "introduction.hoursPerWeek")
    @Mapping(target = "note", source = "introduction.note")
    @Mapping(target = "proposedBy", source = "introduction.proposedBy")
    @Mapping(target = "proposedAt", source = "introduction.proposedAt")
    @Mapping(target = "decision", expression = "java(decision(view.introduction().status()))")
    @Mapping(target = "reasonCode", source = "introduction.reasonCode")
    @Mapping(target = "comment", source = "introduction.answerComment")
    @Mapping(target = "answeredBy", source = "introduction.answeredBy")
    @Mapping(target = "answeredAt", source = "introduction.answeredAt")
    @Mapping(target = "agreementId", source = "introduction.agreementId")
    IntroductionDto toDto(IntroductionService.View view);

    /** The decision once answered; none while PROPOSED. */
    default IntroductionDecisionDto decision(IntroductionStatus status) {
        return switch (status) {
            case PROPOSED -> null;
            case ACCEPTED -> IntroductionDecisionDto.ACCEPTED;
            case DECLINED -> IntroductionDecisionDto.DECLINED;
        };
    }
}
