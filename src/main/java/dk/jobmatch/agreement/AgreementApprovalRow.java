package dk.jobmatch.agreement;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity(value = "agreement_approval", escape = false)
record AgreementApprovalRow(@Id String id, String agreementId, int version, Party party, String approvedBy,
                            Instant approvedAt) {
}
