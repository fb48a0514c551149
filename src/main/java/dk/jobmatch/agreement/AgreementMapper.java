package dk.jobmatch.agreement;

import dk.jobmatch.api.model.AgreementDto;
import dk.jobmatch.api.model.AgreementEventDto;
import dk.jobmatch.api.model.AgreementPartyDto;
import dk.jobmatch.api.model.AgreementStatusDto;
import dk.jobmatch.api.model.AgreementSummaryDto;
import dk.jobmatch.api.model.AgreementTaskDto;
import dk.jobmatch.api.model.AgreementUpdateDto;
import dk.jobmatch.api.model.ApprovalDto;
import dk.jobmatch.api.model.ClauseProgressDto;
import dk.jobmatch.api.model.ClauseProgressStateDto;
import dk.jobmatch.api.model.ContactPersonDto;
import dk.jobmatch.api.model.FollowUpDto;
import dk.jobmatch.api.model.FollowUpPlanDto;
import dk.jobmatch.api.model.GoalDto;
import dk.jobmatch.api.model.ProgressDto;
import dk.jobmatch.api.model.ProgressionClauseDto;
import dk.jobmatch.common.TimeMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

/** Maps agreements, follow-ups, events and progress to the API model and edits back. */
@Mapper(uses = TimeMapping.class)
interface AgreementMapper {

    @Mapping(target = "id", source = "agreement.id")
    @Mapping(target = "status", source = "agreement.status")
    @Mapping(target = "version", source = "version")
    @Mapping(target = "citizenId", source = "agreement.citizenId")
    @Mapping(target = "needId", source = "agreement.needId")
    @Mapping(target = "employerId", source = "agreement.employerId")
    @Mapping(target = "createdAt", source = "agreement.createdAt")
    @Mapping(target = "updatedAt", source = "agreement.updatedAt")
    @Mapping(target = "approvals", source = "approvals")
    @Mapping(target = "consultant", source = "content.consultant")
    AgreementDto toDto(Agreement agreement, AgreementContent content, int version,
                                          List<Approval> approvals);

    default AgreementDto toDto(AgreementService.View view) {
        return toDto(view.agreement(), view.content(), view.version(), view.approvals());
    }

    ApprovalDto toDto(Approval approval);

    default AgreementSummaryDto toSummary(FollowUpWorklist.Entry entry) {
        Agreement agreement = entry.agreement();
        ProgressReport.Result progress = entry.progress();
        AgreementSummaryDto summary = new AgreementSummaryDto(agreement.id(),
                AgreementStatusDto.valueOf(agreement.status().name()), agreement.version(),
                agreement.citizenId(), agreement.needId(), agreement.employerId(), entry.content().startDate(),
                entry.content().hoursPerWeek(), progress.nextFollowUp(), progress.dueForFollowUp(),
                progress.behindPlan());
        summary.setCitizenName(entry.content().citizen().name());
        summary.setEmployerName(entry.content().employer().name());
        summary.setLastFollowUpDate(progress.lastFollowUp());
        return summary;
    }

    AgreementPartyDto toParty(AgreementContent.PartyInfo party);

    default ContactPersonDto toContact(AgreementContent.PartyInfo party) {
        if (party == null || party.name() == null) {
            return null;
        }
        ContactPersonDto contact = new ContactPersonDto(party.name());
        contact.setPhone(party.phone());
        contact.setEmail(party.email());
        return contact;
    }

    AgreementContent.AgreementTask toDomain(AgreementTaskDto task);

    AgreementContent.Goal toDomain(GoalDto goal);

    AgreementContent.Clause toDomain(ProgressionClauseDto clause);

    AgreementContent.FollowUpPlan toDomain(FollowUpPlanDto plan);

    /** An edit: the editable parts from the request, the parties and codes from the version edited. */
    default AgreementContent edit(AgreementContent current, AgreementUpdateDto update) {
        return new AgreementContent(current.placementType(), update.getPurpose(), update.getStartDate(),
                update.getHoursPerWeek(), update.getEffectivenessPercent(), update.getReassessmentDate(),
                update.getTasks().stream().map(this::toDomain).toList(), current.accommodations(),
                update.getAccommodationText() == null ? current.accommodationText() : update.getAccommodationText(),
                update.getGoals().stream().map(this::toDomain).toList(),
                update.getProgression().stream().map(this::toDomain).toList(), toDomain(update.getFollowUp()),
                current.citizen(), current.employer(), current.contactPerson(), current.consultant());
    }

    @Mapping(target = "actualHoursPerWeek", source = "actualHoursPerWeek")
    FollowUpDto toDto(FollowUp followUp);

    AgreementEventDto toDto(AgreementEvent event);

    default ProgressDto toDto(ProgressReport.Result result) {
        List<ClauseProgressDto> clauses = result.clauses().stream().map(c -> {
            ClauseProgressDto dto = new ClauseProgressDto(c.clause().dueDate(), c.clause().hoursPerWeek(),
                    c.clause().effectivenessPercent(), ClauseProgressStateDto.valueOf(c.state().name()));
            dto.setActualHoursPerWeek(c.actualHours());
            dto.setActualEffectivenessPercent(c.actualEffectiveness());
            return dto;
        }).toList();
        ProgressDto progress = new ProgressDto(clauses, result.behindPlan(), result.dueForFollowUp(), result.nextFollowUp());
        progress.setLastFollowUpDate(result.lastFollowUp());
        return progress;
    }
}
