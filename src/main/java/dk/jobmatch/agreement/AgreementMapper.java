package dk.jobmatch.agreement;

import dk.jobmatch.api.model.AgreementParty;
import dk.jobmatch.api.model.AgreementSummary;
import dk.jobmatch.api.model.AgreementUpdate;
import dk.jobmatch.api.model.ClauseProgress;
import dk.jobmatch.api.model.ClauseProgressState;
import dk.jobmatch.api.model.ContactPerson;
import dk.jobmatch.api.model.Progress;
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
    dk.jobmatch.api.model.Agreement toDto(Agreement agreement, AgreementContent content, int version,
                                          List<Rows.Approval> approvals);

    default dk.jobmatch.api.model.Agreement toDto(AgreementService.View view) {
        return toDto(view.agreement(), view.content(), view.version(), view.approvals());
    }

    dk.jobmatch.api.model.Approval toDto(Rows.Approval approval);

    default AgreementSummary toSummary(FollowUpWorklist.Entry entry) {
        Agreement agreement = entry.agreement();
        ProgressReport.Result progress = entry.progress();
        AgreementSummary summary = new AgreementSummary(agreement.id(),
                dk.jobmatch.api.model.AgreementStatus.valueOf(agreement.status().name()), agreement.version(),
                agreement.citizenId(), agreement.needId(), agreement.employerId(), entry.content().startDate(),
                entry.content().hoursPerWeek(), progress.nextFollowUp(), progress.dueForFollowUp(),
                progress.behindPlan());
        summary.setCitizenName(entry.content().citizen().name());
        summary.setEmployerName(entry.content().employer().name());
        summary.setLastFollowUpDate(progress.lastFollowUp());
        return summary;
    }

    AgreementParty toParty(AgreementContent.PartyInfo party);

    default ContactPerson toContact(AgreementContent.PartyInfo party) {
        if (party == null || party.name() == null) {
            return null;
        }
        ContactPerson contact = new ContactPerson(party.name());
        contact.setPhone(party.phone());
        contact.setEmail(party.email());
        return contact;
    }

    AgreementContent.AgreementTask toDomain(dk.jobmatch.api.model.AgreementTask task);

    AgreementContent.Goal toDomain(dk.jobmatch.api.model.Goal goal);

    AgreementContent.Clause toDomain(dk.jobmatch.api.model.ProgressionClause clause);

    AgreementContent.FollowUpPlan toDomain(dk.jobmatch.api.model.FollowUpPlan plan);

    /** An edit: the editable parts from the request, the parties and codes from the version edited. */
    default AgreementContent edit(AgreementContent current, AgreementUpdate update) {
        return new AgreementContent(current.placementType(), update.getPurpose(), update.getStartDate(),
                update.getHoursPerWeek(), update.getEffectivenessPercent(), update.getReassessmentDate(),
                update.getTasks().stream().map(this::toDomain).toList(), current.accommodations(),
                update.getAccommodationText() == null ? current.accommodationText() : update.getAccommodationText(),
                update.getGoals().stream().map(this::toDomain).toList(),
                update.getProgression().stream().map(this::toDomain).toList(), toDomain(update.getFollowUp()),
                current.citizen(), current.employer(), current.contactPerson(), current.consultant());
    }

    @Mapping(target = "actualHoursPerWeek", source = "actualHoursPerWeek")
    dk.jobmatch.api.model.FollowUp toDto(Rows.FollowUp followUp);

    dk.jobmatch.api.model.AgreementEvent toDto(Rows.Event event);

    default Progress toDto(ProgressReport.Result result) {
        List<ClauseProgress> clauses = result.clauses().stream().map(c -> {
            ClauseProgress dto = new ClauseProgress(c.clause().dueDate(), c.clause().hoursPerWeek(),
                    c.clause().effectivenessPercent(), ClauseProgressState.valueOf(c.state().name()));
            dto.setActualHoursPerWeek(c.actualHours());
            dto.setActualEffectivenessPercent(c.actualEffectiveness());
            return dto;
        }).toList();
        Progress progress = new Progress(clauses, result.behindPlan(), result.dueForFollowUp(), result.nextFollowUp());
        progress.setLastFollowUpDate(result.lastFollowUp());
        return progress;
    }
}
