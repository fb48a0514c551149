package dk.jobmatch.agreement;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.Ids;
import dk.jobmatch.exclusion.MatchExclusions;
import dk.jobmatch.outbox.EntityType;
import dk.jobmatch.outbox.Outbox;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import dk.jobmatch.vocabulary.EndReason;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Events that change the course of a placement: hours reduced, ordinary hours, hired, stopped,
 * employment ended. A STOPPED course also keeps the citizen and the employer apart in matching for
 * {@code jobmatch.rematch.cooldown-days} (90) from the event's date: the places it held are free
 * for others at once, but proposing the same workplace again right after it failed helps nobody.
 * HOURS_REDUCED, STOPPED, ORDINARY_HOURS and HIRED notify the consultants following the agreement
 * ({@link CourseNotices}), in the same transaction.
 */
@Singleton
class CourseEvents {

    private final AgreementService agreements;
    private final AgreementStore store;
    private final Allocation allocation;
    private final MatchExclusions exclusions;
    private final Outbox outbox;
    private final CourseNotices notices;
    private final AccessPolicy access;
    private final Clock clock;
    private final int cooldownDays;

    CourseEvents(AgreementService agreements, AgreementStore store, Allocation allocation, MatchExclusions exclusions,
                 Outbox outbox, CourseNotices notices, AccessPolicy access, Clock clock,
                 @Value("${jobmatch.rematch.cooldown-days:90}") int cooldownDays) {
        this.agreements = agreements;
        this.store = store;
        this.allocation = allocation;
        this.exclusions = exclusions;
        this.outbox = outbox;
        this.notices = notices;
        this.access = access;
        this.clock = clock;
        this.cooldownDays = cooldownDays;
    }

    record NewEvent(AgreementEvent.Type type, LocalDate date, @Nullable EndReason reasonCode, @Nullable String reason,
                    @Nullable AgreementEvent.Debrief debrief) {
    }

    /**
     * HOURS_REDUCED is noted on an ACTIVE agreement; the others end it (STOPPED also ends a draft).
     * Invalid input (422) is answered before the agreement's state (409), and stores nothing.
     */
    @Transactional
    AgreementEvent record(String agreementId, NewEvent event) {
        AgreementEvent.Type type = event.type();
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        Agreement seen = agreements.visible(agreementId);
        // Locked in the order every writer takes them (need, citizen, agreement) and read again, so
        // an edit, re-plan or second event at the same moment is seen here, not written over.
        allocation.lock(seen.needId(), seen.citizenId());
        Agreement agreement = store.findForUpdate(seen.id())
                .orElseThrow(() -> ApiException.notFound(AgreementService.NOT_FOUND));
        requireValid(agreement, event);
        boolean allowed = switch (type) {
            case HOURS_REDUCED, ORDINARY_HOURS, HIRED -> agreement.status() == AgreementStatus.ACTIVE;
            case STOPPED -> !agreement.status().ended();
            case EMPLOYMENT_ENDED -> (agreement.status() == AgreementStatus.HIRED
                    || agreement.status() == AgreementStatus.ORDINARY_HOURS) && !store.employmentEnded(agreement.id());
        };
        if (!allowed) {
            throw ApiException.conflict(type + " cannot be recorded on a " + agreement.status() + " agreement.");
        }
        if (type == AgreementEvent.Type.EMPLOYMENT_ENDED || type.ends() != null && !type.ends().holds()) {
            allocation.release(agreement);
        }
        if (type.ends() != null) {
            store.setStatus(agreement, type.ends(), clock.instant());
        }
        if (type == AgreementEvent.Type.STOPPED && cooldownDays > 0) {
            exclusions.keepFromEmployer(agreement.citizenId(), agreement.employerId(),
                    event.date().plusDays(cooldownDays), agreement.id());
        }
        AgreementEvent saved = new AgreementEvent(Ids.newId(), type, event.date(), event.reasonCode(), event.reason(),
                event.debrief(), caller.username(), clock.instant());
        store.addEvent(agreement.id(), saved);
        notices.recorded(agreement, store.content(agreement.id(), agreement.governingVersion()).orElseThrow(), saved);
        outbox.updated(EntityType.AGREEMENT, agreement.id(), type.detail(), event.reasonCode());
        // As stored: the answer shows what was kept, the debrief read back included.
        return store.event(saved.id()).orElseThrow();
    }

    /**
     * An ending needs its coded reason, and nothing happens to a placement before it started: an
     * event dated before the start date (of the version in force) is a typing error. The one
     * exception is a course called off before it began, STOPPED on the day it was called off; it
     * may not be dated before the agreement was drafted either.
     */
    private void requireValid(Agreement agreement, NewEvent event) {
        List<FieldViolation> errors = new ArrayList<>();
        if (event.type().needsReason() && event.reasonCode() == null) {
            errors.add(new FieldViolation("reasonCode", "is required for " + event.type()
                    + ": one of the end reasons (GET /api/v1/vocabularies, endReasons)"));
        }
        LocalDate start = store.content(agreement.id(), agreement.governingVersion()).orElseThrow().startDate();
        LocalDate drafted = LocalDate.ofInstant(agreement.createdAt(), clock.getZone());
        if (event.type() == AgreementEvent.Type.STOPPED) {
            if (event.date().isBefore(start) && event.date().isBefore(drafted)) {
                errors.add(new FieldViolation("date", "is before the agreement's start date " + start
                        + " and before it was drafted (" + drafted + ")"));
            }
        } else if (event.date().isBefore(start)) {
            errors.add(new FieldViolation("date", "is before the agreement's start date " + start));
        }
        if (!errors.isEmpty()) {
            throw ApiException.unprocessable(errors);
        }
    }
}
