package dk.jobmatch.agreement;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Ids;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Agreements, their versions (content as JSON) and approvals. */
@Singleton
class AgreementStore {

    private final Repositories.Agreements agreements;
    private final Repositories.Versions versions;
    private final Repositories.Approvals approvals;
    private final ObjectMapper json;

    AgreementStore(Repositories.Agreements agreements, Repositories.Versions versions,
                   Repositories.Approvals approvals, ObjectMapper json) {
        this.agreements = agreements;
        this.versions = versions;
        this.approvals = approvals;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(Agreement agreement, AgreementContent content, String author) {
        agreements.save(agreement);
        saveVersion(agreement, content, author);
    }

    /** Saves a new version on top of {@code expectedVersion}; 409 if someone saved in between. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Agreement addVersion(Agreement current, int expectedVersion, AgreementContent content, String author, Instant now) {
        Agreement next = current.nextVersion(now);
        if (current.version() != expectedVersion || agreements.advance(current.id(), expectedVersion, next.version(),
                next.status().name(), now) != 1) {
            throw ApiException.conflict("The agreement was changed since version " + expectedVersion
                    + "; read the current version and edit that.");
        }
        saveVersion(next, content, author);
        return next;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Agreement setStatus(Agreement agreement, AgreementStatus status, Instant now) {
        return agreements.update(agreement.withStatus(status, now));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void approve(Agreement agreement, Party party, String by, Instant now) {
        approvals.save(new Rows.Approval(Ids.newId(), agreement.id(), agreement.version(), party, by, now));
    }

    Optional<Agreement> find(String id) {
        return agreements.findById(id);
    }

    Optional<AgreementContent> content(String agreementId, int version) {
        return versions.findByAgreementIdAndVersion(agreementId, version).map(row -> read(row.content()));
    }

    List<Rows.Approval> approvals(String agreementId, int version) {
        return approvals.findByAgreementIdAndVersion(agreementId, version);
    }

    private void saveVersion(Agreement agreement, AgreementContent content, String author) {
        try {
            versions.save(new Rows.Version(Ids.newId(), agreement.id(), agreement.version(),
                    json.writeValueAsString(content), author, agreement.updatedAt()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AgreementContent read(String content) {
        try {
            return json.readValue(content, AgreementContent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
