package dk.jobmatch.agreement;

import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.citizen.MeasuredCapacity;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.Ids;
import dk.jobmatch.outbox.ChangeDetail;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import dk.jobmatch.vocabulary.BipIndicator;
import dk.jobmatch.vocabulary.FollowUpFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What happens after signing: follow-ups against the plan, aftercare follow-ups (efterværn) after
 * the course ended in a job, and the progress they show. A follow-up also becomes the citizen's
 * measured capacity when it is their latest.
 */
@Singleton
class FollowUpService {

    private final AgreementService agreements;
    private final AgreementStore store;
    private final CitizenService citizens;
    private final Outbox outbox;
    private final AccessPolicy access;
    private final Clock clock;

    FollowUpService(AgreementService agreements, AgreementStore store, CitizenService citizens, Outbox outbox,
                    AccessPolicy access, Clock clock) {
        this.agreements = agreements;
        this.store = store;
        this.citizens = citizens;
        this.outbox = outbox;
        this.access = access;
        this.clock = clock;
    }

    record NewFollowUp(LocalDate date, double actualHoursPerWeek, @Nullable Integer effectivenessPercent,
                       @Nullable FollowUpFormat format, @Nullable Integer who5, @Nullable Integer gse,
                       @Nullable Map<BipIndicator, Integer> bip, @Nullable Boolean stillEmployed,
                       @Nullable String notes) {
    }

    /**
     * An ACTIVE agreement takes follow-ups against the plan in force, dated from its start date to
     * today. A HIRED or ORDINARY_HOURS one takes aftercare follow-ups, dated from the day the course
     * ended up to 26 weeks later (and today), each saying whether the citizen is still employed;
     * after an EMPLOYMENT_ENDED event, none. Anything else is a conflict. Bad values store nothing.
     */
    @Transactional
    FollowUp record(String agreementId, NewFollowUp followUp) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        Agreement agreement = agreements.visible(agreementId);
        AgreementContent content = store.content(agreement.id(), agreement.governingVersion()).orElseThrow();
        Window window = window(agreement, content);
        LocalDate date = followUp.date();
        List<FieldViolation> errors = new ArrayList<>();
        if (date.isBefore(window.from())) {
            errors.add(new FieldViolation("date", window.aftercare()
                    ? "must be on or after " + window.from() + ", the day the course ended in a job (aftercare follows it)"
                    : "must be on or after the agreement's start date, " + window.from()));
        }
        if (date.isAfter(LocalDate.now(clock))) {
            errors.add(new FieldViolation("date", "must not be after today"));
        }
        if (window.aftercare() && followUp.stillEmployed() == null) {
            errors.add(new FieldViolation("stillEmployed",
                    "is required on an aftercare follow-up (after HIRED or ORDINARY_HOURS)"));
        }
        if (!window.aftercare() && followUp.stillEmployed() != null) {
            errors.add(new FieldViolation("stillEmployed",
                    "is only given on aftercare follow-ups (after HIRED or ORDINARY_HOURS)"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors);
        }
        if (window.aftercare() && date.isAfter(window.until())) {
            throw ApiException.conflict("Aftercare (efterværn) ended on " + window.until() + ", "
                    + Aftercare.LENGTH_WEEKS + " weeks after the course ended on " + window.from()
                    + "; no follow-ups are recorded after that.");
        }
        FollowUp saved = new FollowUp(Ids.newId(), date, followUp.actualHoursPerWeek(),
                followUp.effectivenessPercent(), followUp.format(), followUp.who5(), followUp.gse(), followUp.bip(),
                window.aftercare(), followUp.stillEmployed(), followUp.notes(), caller.username(), clock.instant());
        store.addFollowUp(agreement.id(), saved);
        citizens.recordMeasured(agreement.citizenId(), new MeasuredCapacity(saved.actualHoursPerWeek(),
                saved.effectivenessPercent(), saved.date(), agreement.id()));
        outbox.updated(EntityType.AGREEMENT, agreement.id(),
                window.aftercare() ? ChangeDetail.AFTERCARE_FOLLOW_UP : ChangeDetail.FOLLOW_UP);
        return saved;
    }

    @Transactional
    ProgressReport.Result progress(String agreementId) {
        Agreement agreement = agreements.visible(agreementId);
        // Against the plan in force: an amendment awaiting approval does not move the goalposts yet.
        AgreementContent content = store.content(agreement.id(), agreement.governingVersion()).orElseThrow();
        return ProgressReport.of(content, store.followUps(agreement.id()), store.events(agreement.id()),
                LocalDate.now(clock));
    }

    /** The dates a follow-up on this agreement may have, and whether it is aftercare. */
    private record Window(LocalDate from, @Nullable LocalDate until, boolean aftercare) {
    }

    private Window window(Agreement agreement, AgreementContent content) {
        switch (agreement.status()) {
            case ACTIVE -> {
                return new Window(content.startDate(), null, false);
            }
            case HIRED, ORDINARY_HOURS -> {
                List<AgreementEvent> events = store.events(agreement.id());
                Aftercare.employmentEnded(events).ifPresent(ended -> {
                    throw ApiException.conflict("The employment ended on " + ended
                            + " (EMPLOYMENT_ENDED): there is no aftercare (efterværn) left to record.");
                });
                LocalDate ended = Aftercare.start(events).orElseThrow(() -> ApiException.conflict(
                        "The agreement is " + agreement.status() + " but has no event saying when; no aftercare"
                                + " can be recorded."));
                return new Window(ended, Aftercare.end(ended), true);
            }
            default -> throw ApiException.conflict("Follow-ups are recorded on ACTIVE agreements, and as aftercare"
                    + " (efterværn) on HIRED or ORDINARY_HOURS ones; this one is " + agreement.status() + ".");
        }
    }
}
