package dk.jobmatch.agreement;

import dk.jobmatch.outbox.ChangeDetail;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;

/** Something that changed the course of a placement, recorded by the consultant. */
record AgreementEvent(String id, Type type, LocalDate date, @Nullable String reason, String recordedBy,
                      Instant createdAt) {

    enum Type {
        ORDINARY_HOURS(AgreementStatus.ORDINARY_HOURS, ChangeDetail.ORDINARY_HOURS),
        /** Only noted: the agreement stays ACTIVE. */
        HOURS_REDUCED(null, ChangeDetail.HOURS_REDUCED),
        STOPPED(AgreementStatus.STOPPED, ChangeDetail.STOPPED),
        HIRED(AgreementStatus.HIRED, ChangeDetail.HIRED),
        /** The job that followed ended: the agreement keeps its status but holds nothing any more. */
        EMPLOYMENT_ENDED(null, ChangeDetail.EMPLOYMENT_ENDED);

        private final @Nullable AgreementStatus ends;
        private final ChangeDetail detail;

        Type(@Nullable AgreementStatus ends, ChangeDetail detail) {
            this.ends = ends;
            this.detail = detail;
        }

        /** The status the event ends the agreement in; null when the agreement goes on. */
        @Nullable
        AgreementStatus ends() {
            return ends;
        }

        ChangeDetail detail() {
            return detail;
        }
    }
}
