package dk.jobmatch.agreement;

import dk.jobmatch.vocabulary.AttentionFlag;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What on the worklist needs the consultant's action now, worked out from dates against the clock
 * at the time of asking (nothing is stored, so nothing goes stale):
 * <ul>
 * <li>FOLLOW_UP_OVERDUE: an ACTIVE agreement's next follow-up date has passed;</li>
 * <li>BEHIND_TWICE: ACTIVE, and the two latest judged clauses were both BEHIND;</li>
 * <li>DRAFT_STALE: a DRAFT created more than {@value #DRAFT_STALE_DAYS} days ago (it expires at 21);</li>
 * <li>VISITS_BEHIND: ACTIVE, and fewer workplace visits done than scheduled by today;</li>
 * <li>AFTERCARE_DUE: HIRED or ORDINARY_HOURS within aftercare, and an aftercare date has come
 * with no aftercare follow-up on or after it;</li>
 * <li>NEEDS_NEW_PLACEMENT: STOPPED {@value #NEW_PLACEMENT_AFTER_DAYS} or more days ago, and no
 * other agreement for the citizen was created on or after the day it stopped.</li>
 * </ul>
 */
final class Attention {

    static final int DRAFT_STALE_DAYS = 14;
    static final int NEW_PLACEMENT_AFTER_DAYS = 7;

    private Attention() {
    }

    /**
     * One agreement as the worklist sees it. {@code stoppedOn}: the STOPPED event's date, if any;
     * {@code citizensOtherAgreements}: when the citizen's other agreements were created.
     */
    record Facts(Agreement agreement, ProgressReport.Result progress, @Nullable LocalDate stoppedOn,
                 List<Instant> citizensOtherAgreements) {
    }

    static Set<AttentionFlag> of(Facts facts, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Set<AttentionFlag> flags = EnumSet.noneOf(AttentionFlag.class);
        ProgressReport.Result progress = facts.progress();
        switch (facts.agreement().status()) {
            case ACTIVE -> {
                if (progress.dueForFollowUp()) {
                    flags.add(AttentionFlag.FOLLOW_UP_OVERDUE);
                }
                if (progress.behindTwice()) {
                    flags.add(AttentionFlag.BEHIND_TWICE);
                }
                if (!progress.visits().onPace()) {
                    flags.add(AttentionFlag.VISITS_BEHIND);
                }
            }
            case DRAFT -> {
                if (facts.agreement().createdAt().isBefore(now.minus(Duration.ofDays(DRAFT_STALE_DAYS)))) {
                    flags.add(AttentionFlag.DRAFT_STALE);
                }
            }
            case HIRED, ORDINARY_HOURS -> {
                if (progress.aftercare() != null && progress.aftercare().due()) {
                    flags.add(AttentionFlag.AFTERCARE_DUE);
                }
            }
            case STOPPED -> {
                LocalDate stopped = facts.stoppedOn();
                if (stopped != null && !today.isBefore(stopped.plusDays(NEW_PLACEMENT_AFTER_DAYS))
                        && facts.citizensOtherAgreements().stream()
                            .noneMatch(created -> !LocalDate.ofInstant(created, zone).isBefore(stopped))) {
                    flags.add(AttentionFlag.NEEDS_NEW_PLACEMENT);
                }
            }
            case EXPIRED -> {
                // A draft nobody approved in time: nothing to act on in the agreement itself.
            }
        }
        return Collections.unmodifiableSet(flags);
    }
}
