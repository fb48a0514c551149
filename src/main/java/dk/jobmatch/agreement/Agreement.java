package dk.jobmatch.agreement;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * The agreement's identity and state; its content lives in versions. {@code version} is the
 * newest; {@code inForceVersion} the newest one all three parties approved (null until then). An
 * edit of an ACTIVE agreement is an amendment: it stays ACTIVE under the version in force until the
 * new one is approved.
 */
record Agreement(
        String id,
        String citizenId,
        String needId,
        String employerId,
        String consultant,
        AgreementStatus status,
        int version,
        @Nullable Integer inForceVersion,
        Instant createdAt,
        Instant updatedAt) {

    Agreement withStatus(AgreementStatus newStatus, Instant now) {
        return new Agreement(id, citizenId, needId, employerId, consultant, newStatus, version, inForceVersion,
                createdAt, now);
    }

    /** The next version: a draft stays a draft, and an ACTIVE agreement stays ACTIVE under its version in force. */
    Agreement nextVersion(Instant now) {
        AgreementStatus next = status == AgreementStatus.ACTIVE ? AgreementStatus.ACTIVE : AgreementStatus.DRAFT;
        return new Agreement(id, citizenId, needId, employerId, consultant, next, version + 1, inForceVersion,
                createdAt, now);
    }

    /** All three approved the newest version: it is in force, and the agreement ACTIVE. */
    Agreement approvedInFull(Instant now) {
        return new Agreement(id, citizenId, needId, employerId, consultant, AgreementStatus.ACTIVE, version, version,
                createdAt, now);
    }

    /** An amendment awaits approval: the newest version is not the one in force. */
    boolean amendmentPending() {
        return inForceVersion != null && inForceVersion != version;
    }

    /** The version that governs the work now: the one in force, or the draft before any is. */
    int governingVersion() {
        return inForceVersion == null ? version : inForceVersion;
    }
}
