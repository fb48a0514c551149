package dk.jobmatch.agreement;

import java.time.Instant;

/** The agreement's identity and state; its content lives in versions. */
record Agreement(
        String id,
        String citizenId,
        String needId,
        String employerId,
        String consultant,
        AgreementStatus status,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    Agreement withStatus(AgreementStatus newStatus, Instant now) {
        return new Agreement(id, citizenId, needId, employerId, consultant, newStatus, version, createdAt, now);
    }

    Agreement nextVersion(Instant now) {
        return new Agreement(id, citizenId, needId, employerId, consultant, AgreementStatus.DRAFT, version + 1,
                createdAt, now);
    }
}
