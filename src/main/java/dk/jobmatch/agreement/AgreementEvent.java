package dk.jobmatch.agreement;

import dk.jobmatch.outbox.ChangeDetail;
import dk.jobmatch.vocabulary.EndReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Something that changed the course of a placement, recorded by the consultant: why in a code
 * ({@code reasonCode}, which the case worker's system is told) and in words ({@code reason} and the
 * {@code debrief}, which stay here).
 */
record AgreementEvent(String id, Type type, LocalDate date, @Nullable EndReason reasonCode, @Nullable String reason,
                      @Nullable Debrief debrief, String recordedBy, Instant createdAt) {

    /**
     * The talk with the employer about why the course ended (afsluttende samtale), kept for the
     * next course: what the employer saw, what the citizen did well, what to do differently.
     */
    @Serdeable
    record Debrief(@Nullable String employerView, List<String> strengths, @Nullable String lessons) {

        Debrief {
            strengths = strengths == null ? List.of() : List.copyOf(strengths);
        }
    }

    enum Type {
        ORDINARY_HOURS(AgreementStatus.ORDINARY_HOURS, ChangeDetail.ORDINARY_HOURS, false),
        /** Only noted: the agreement stays ACTIVE. */
        HOURS_REDUCED(null, ChangeDetail.HOURS_REDUCED, false),
        STOPPED(AgreementStatus.STOPPED, ChangeDetail.STOPPED, true),
        HIRED(AgreementStatus.HIRED, ChangeDetail.HIRED, false),
        /** The job that followed ended: the agreement keeps its status but holds nothing any more. */
        EMPLOYMENT_ENDED(null, ChangeDetail.EMPLOYMENT_ENDED, true);

        private final @Nullable AgreementStatus ends;
        private final ChangeDetail detail;
        private final boolean needsReason;

        Type(@Nullable AgreementStatus ends, ChangeDetail detail, boolean needsReason) {
            this.ends = ends;
            this.detail = detail;
            this.needsReason = needsReason;
        }

        /** The status the event ends the agreement in; null when the agreement goes on. */
        @Nullable
        AgreementStatus ends() {
            return ends;
        }

        ChangeDetail detail() {
            return detail;
        }

        /**
         * An ending that did not go as planned must say why in a code, so the job centre can see
         * across placements what goes wrong (contract v1.1); for the others a code is optional.
         */
        boolean needsReason() {
            return needsReason;
        }
    }
}
