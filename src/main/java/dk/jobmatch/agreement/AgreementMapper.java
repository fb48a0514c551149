package dk.jobmatch.agreement;

import dk.jobmatch.api.model.AftercareDateDto;
import dk.jobmatch.api.model.AftercareProgressDto;
import dk.jobmatch.api.model.AgreementDto;
import dk.jobmatch.api.model.AgreementEventDto;
import dk.jobmatch.api.model.AgreementPartyDto;
import dk.jobmatch.api.model.AgreementRequestDto;
import dk.jobmatch.api.model.AgreementStatusDto;
import dk.jobmatch.api.model.AgreementSummaryDto;
import dk.jobmatch.api.model.AgreementSummaryPageDto;
import dk.jobmatch.api.model.AgreementTaskDto;
import dk.jobmatch.api.model.AgreementUpdateDto;
import dk.jobmatch.api.model.ApprovalDto;
import dk.jobmatch.api.model.AttentionFilterDto;
import dk.jobmatch.api.model.ClauseProgressDto;
import dk.jobmatch.api.model.ContactPersonDto;
import dk.jobmatch.api.model.FollowUpDto;
import dk.jobmatch.api.model.FollowUpPlanDto;
import dk.jobmatch.api.model.GoalDto;
import dk.jobmatch.api.model.MeasurePairDto;
import dk.jobmatch.api.model.MeasuresDto;
import dk.jobmatch.api.model.PartyDto;
import dk.jobmatch.api.model.ProgressDto;
import dk.jobmatch.api.model.ProgressionClauseDto;
import dk.jobmatch.api.model.VisitProgressDto;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.TimeMapping;
import dk.jobmatch.vocabulary.AttentionFlag;
import dk.jobmatch.vocabulary.BipIndicator;
import dk.jobmatch.vocabulary.HourType;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps agreements, follow-ups, events and progress to the API model, and requests and edits back. */
@Mapper(uses = TimeMapping.class)
interface AgreementMapper {

    @Mapping(target = "id", source = "agreement.id")
    @Mapping(target = "status", source = "agreement.status")
    @Mapping(target = "version", source = "version")
    @Mapping(target = "inForceVersion", source = "agreement.inForceVersion")
    @Mapping(target = "citizenId", source = "agreement.citizenId")
    @Mapping(target = "needId", source = "agreement.needId")
    @Mapping(target = "employerId", source = "agreement.employerId")
    @Mapping(target = "createdAt", source = "agreement.createdAt")
    @Mapping(target = "updatedAt", source = "agreement.updatedAt")
    @Mapping(target = "approvals", source = "approvals")
    @Mapping(target = "consultant", source = "content.consultant")
    AgreementDto toDto(Agreement agreement, AgreementContent content, int version, List<Approval> approvals);

    /** The aftercare dates are no part of any version: they follow from the event that ended the course. */
    default AgreementDto toDto(AgreementService.View view) {
        AgreementDto dto = toDto(view.agreement(), view.content(), view.version(), view.approvals());
        if (!view.aftercareDates().isEmpty() && dto.getFollowUp() != null) {
            dto.getFollowUp().setAftercareDates(view.aftercareDates());
        }
        return dto;
    }

    ApprovalDto toDto(Approval approval);

    @Mapping(target = "items", source = "found.entries")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "found.total")
    AgreementSummaryPageDto toPage(FollowUpWorklist.Found found, Paging paging);

    @Mapping(target = "id", source = "agreement.id")
    @Mapping(target = "status", source = "agreement.status")
    @Mapping(target = "version", source = "agreement.version")
    @Mapping(target = "inForceVersion", source = "agreement.inForceVersion")
    @Mapping(target = "citizenId", source = "agreement.citizenId")
    @Mapping(target = "needId", source = "agreement.needId")
    @Mapping(target = "employerId", source = "agreement.employerId")
    @Mapping(target = "startDate", source = "content.startDate")
    @Mapping(target = "hoursPerWeek", source = "content.hoursPerWeek")
    @Mapping(target = "citizenName", source = "content.citizen.name")
    @Mapping(target = "employerName", source = "content.employer.name")
    @Mapping(target = "nextFollowUpDate", source = "progress.nextFollowUp")
    @Mapping(target = "lastFollowUpDate", source = "progress.lastFollowUp")
    @Mapping(target = "dueForFollowUp", source = "progress.dueForFollowUp")
    @Mapping(target = "behindPlan", source = "progress.behindPlan")
    AgreementSummaryDto toSummary(FollowUpWorklist.Entry entry);

    /** ANY keeps an agreement with any flag: the filter is the set of flags wanted. */
    default Set<AttentionFlag> toFlags(AttentionFilterDto filter) {
        if (filter == null) {
            return null;
        }
        return filter == AttentionFilterDto.ANY ? EnumSet.allOf(AttentionFlag.class) : EnumSet.of(toFlag(filter));
    }

    @ValueMapping(source = "ANY", target = MappingConstants.NULL)
    AttentionFlag toFlag(AttentionFilterDto filter);

    AgreementPartyDto toParty(AgreementContent.PartyInfo party);

    /** The contract has no contact person without a name, so a nameless one is left out. */
    default ContactPersonDto toContact(AgreementContent.PartyInfo party) {
        if (party == null || party.name() == null) {
            return null;
        }
        ContactPersonDto contact = new ContactPersonDto(party.name());
        contact.setPhone(party.phone());
        contact.setEmail(party.email());
        return contact;
    }

    AgreementStatus toDomain(AgreementStatusDto status);

    Party toDomain(PartyDto party);

    AgreementService.Request toDomain(AgreementRequestDto request);

    FollowUpService.NewFollowUp toDomain(FollowUpDto followUp);

    CourseEvents.NewEvent toDomain(AgreementEventDto event);

    AgreementContent.AgreementTask toDomain(AgreementTaskDto task);

    AgreementContent.Goal toDomain(GoalDto goal);

    AgreementContent.Clause toDomain(ProgressionClauseDto clause);

    AgreementContent.FollowUpPlan toDomain(FollowUpPlanDto plan);

    /** The plan as a version states it; an ended agreement's aftercare dates are added by the caller. */
    @Mapping(target = "aftercareDates", ignore = true)
    FollowUpPlanDto toDto(AgreementContent.FollowUpPlan plan);

    /**
     * An edit: the editable parts from the request, the parties and codes from the version edited;
     * accommodation text left out of the request stays as it was.
     */
    @Mapping(target = "placementType", source = "current.placementType")
    @Mapping(target = "purpose", source = "update.purpose")
    @Mapping(target = "startDate", source = "update.startDate")
    @Mapping(target = "hoursPerWeek", source = "update.hoursPerWeek")
    @Mapping(target = "effectivenessPercent", source = "update.effectivenessPercent")
    @Mapping(target = "reassessmentDate", source = "update.reassessmentDate")
    @Mapping(target = "tasks", expression = "java(tasks(current, update.getTasks()))")
    @Mapping(target = "accommodations", source = "current.accommodations")
    @Mapping(target = "accommodationText", source = "update.accommodationText",
            defaultExpression = "java(current.accommodationText())")
    @Mapping(target = "goals", source = "update.goals")
    @Mapping(target = "progression", source = "update.progression")
    @Mapping(target = "followUp", source = "update.followUp")
    @Mapping(target = "citizen", source = "current.citizen")
    @Mapping(target = "employer", source = "current.employer")
    @Mapping(target = "contactPerson", source = "current.contactPerson")
    @Mapping(target = "consultant", source = "current.consultant")
    AgreementContent edit(AgreementContent current, AgreementUpdateDto update);

    /**
     * The edited tasks. A task sent with {@code paid: true} and no hour type (a v1 client sending
     * back what it read) keeps its paid hour type from the version edited, so a round trip does
     * not turn a fleksjob into løntimer; one that was praktik becomes LOENTIMER.
     */
    default List<AgreementContent.AgreementTask> tasks(AgreementContent current, List<AgreementTaskDto> tasks) {
        return tasks.stream().map(sent -> {
            AgreementContent.AgreementTask task = toDomain(sent);
            if (sent.getHourType() != null || !Boolean.TRUE.equals(sent.getPaid())) {
                return task;
            }
            HourType kept = current.tasks().stream()
                    .filter(t -> t.taskId().equals(task.taskId()) && t.hourType() != null && t.hourType().paid())
                    .map(AgreementContent.AgreementTask::hourType).findFirst().orElse(HourType.LOENTIMER);
            return new AgreementContent.AgreementTask(task.taskId(), task.title(), task.hoursPerWeek(), true, kept);
        }).toList();
    }

    FollowUpDto toDto(FollowUp followUp);

    /** A follow-up's BIP indicators as sent: 422 naming each key that is no indicator. */
    default Map<BipIndicator, Integer> toBip(Map<String, Integer> bip) {
        if (bip == null) {
            return null;
        }
        Map<BipIndicator, Integer> indicators = new EnumMap<>(BipIndicator.class);
        List<FieldViolation> unknown = new ArrayList<>();
        bip.forEach((key, value) -> {
            try {
                indicators.put(BipIndicator.valueOf(key), value);
            } catch (IllegalArgumentException e) {
                unknown.add(new FieldViolation("bip." + key,
                        "is not a BIP indicator (see bipIndicators in /api/v1/vocabularies)"));
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiException.unprocessable(unknown);
        }
        return indicators;
    }

    /** Absent when the follow-up gave none. */
    default Map<String, Integer> fromBip(Map<BipIndicator, Integer> bip) {
        if (bip == null || bip.isEmpty()) {
            return null;
        }
        Map<String, Integer> codes = new LinkedHashMap<>();
        bip.forEach((indicator, value) -> codes.put(indicator.name(), value));
        return codes;
    }

    AgreementEventDto toDto(AgreementEvent event);

    @Mapping(target = "nextFollowUpDate", source = "nextFollowUp")
    @Mapping(target = "lastFollowUpDate", source = "lastFollowUp")
    ProgressDto toDto(ProgressReport.Result result);

    VisitProgressDto toDto(Visits.Pace visits);

    MeasuresDto toDto(Measures measures);

    MeasurePairDto toDto(Measures.Pair pair);

    Map<String, MeasurePairDto> toDto(Map<BipIndicator, Measures.Pair> bip);

    AftercareProgressDto toDto(Aftercare.Progress aftercare);

    AftercareDateDto toDto(Aftercare.Slot slot);

    @Mapping(target = "dueDate", source = "clause.dueDate")
    @Mapping(target = "plannedHoursPerWeek", source = "clause.hoursPerWeek")
    @Mapping(target = "plannedEffectivenessPercent", source = "clause.effectivenessPercent")
    @Mapping(target = "actualHoursPerWeek", source = "actualHours")
    @Mapping(target = "actualEffectivenessPercent", source = "actualEffectiveness")
    ClauseProgressDto toDto(ProgressReport.ClauseProgress clause);
}
