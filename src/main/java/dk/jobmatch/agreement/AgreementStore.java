package dk.jobmatch.agreement;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.Ids;
import dk.jobmatch.vocabulary.BipIndicator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The only way to the agreement tables: agreements, their versions (content as JSON, with the plan
 * facts beside it), approvals, follow-ups and events, read and written as domain records. The
 * outcome figures read the tables in SQL only (outcome/OutcomeQueries).
 */
@Singleton
class AgreementStore {

    private final AgreementRepository agreements;
    private final AgreementVersionRepository versions;
    private final AgreementApprovalRepository approvals;
    private final AgreementFollowUpRepository followUps;
    private final AgreementEventRepository events;
    private final AgreementClauseRepository clauses;
    private final AgreementPlannedVisitRepository visits;
    private final ObjectMapper json;

    AgreementStore(AgreementRepository agreements, AgreementVersionRepository versions,
                   AgreementApprovalRepository approvals, AgreementFollowUpRepository followUps,
                   AgreementEventRepository events, AgreementClauseRepository clauses,
                   AgreementPlannedVisitRepository visits, ObjectMapper json) {
        this.agreements = agreements;
        this.versions = versions;
        this.clauses = clauses;
        this.visits = visits;
        this.approvals = approvals;
        this.followUps = followUps;
        this.events = events;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void delete(String agreementId) {
        // Versions, approvals, follow-ups, events and holds go with it (ON DELETE CASCADE).
        agreements.deleteById(agreementId);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(Agreement agreement, AgreementContent content, String author) {
        agreements.save(toRow(agreement));
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
        return toAgreement(agreements.update(toRow(agreement.withStatus(status, now))));
    }

    /** The newest version is approved by all three: it comes into force. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Agreement bringIntoForce(Agreement agreement, Instant now) {
        return toAgreement(agreements.update(toRow(agreement.approvedInFull(now))));
    }

    /** Drafts created before this instant, for expiry. */
    List<Agreement> draftsCreatedBefore(Instant instant) {
        return toAgreements(agreements.findByStatusAndCreatedAtLessThan(AgreementStatus.DRAFT, instant));
    }

    /** Moves the agreement from one status to the next unless someone did first; false then. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean moveStatus(Agreement agreement, AgreementStatus from, AgreementStatus to, Instant now) {
        return agreements.moveStatus(agreement.id(), from.name(), to.name(), now) == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void approve(Agreement agreement, Party party, String by, Instant now) {
        approvals.save(new AgreementApprovalRow(Ids.newId(), agreement.id(), agreement.version(), party, by, now));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addFollowUp(String agreementId, FollowUp f) {
        Map<BipIndicator, Integer> bip = f.bip();
        followUps.save(new AgreementFollowUpRow(f.id(), agreementId, f.date(), f.actualHoursPerWeek(),
                f.effectivenessPercent(), f.format(), f.who5(), f.gse(), bip.get(BipIndicator.COOPERATION),
                bip.get(BipIndicator.JOB_SEARCH_KNOWLEDGE), bip.get(BipIndicator.ENERGY), bip.get(BipIndicator.HEALTH),
                bip.get(BipIndicator.ATTENDANCE), bip.get(BipIndicator.CONSULTANT_ASSESSMENT), f.aftercare(),
                f.stillEmployed(), f.notes(), f.recordedBy(), f.createdAt()));
    }

    boolean employmentEnded(String agreementId) {
        return events.existsByAgreementIdAndType(agreementId, AgreementEvent.Type.EMPLOYMENT_ENDED);
    }

    /** The agreement's events, oldest first. */
    List<AgreementEvent> events(String agreementId) {
        return events.findByAgreementIdOrderByDate(agreementId).stream().map(this::toEvent).toList();
    }

    /**
     * The events that end a course or a job (HIRED, ORDINARY_HOURS, STOPPED, EMPLOYMENT_ENDED) of
     * every agreement, by agreement id, in one query: the worklist needs them for its flags.
     */
    Map<String, List<AgreementEvent>> endings() {
        return events.findByTypeInOrderByDate(List.of(AgreementEvent.Type.HIRED, AgreementEvent.Type.ORDINARY_HOURS,
                        AgreementEvent.Type.STOPPED, AgreementEvent.Type.EMPLOYMENT_ENDED)).stream()
                .collect(Collectors.groupingBy(AgreementEventRow::agreementId,
                        Collectors.mapping(this::toEvent, Collectors.toList())));
    }

    /** The date the course ended in a job (a HIRED or ORDINARY_HOURS event), which aftercare counts from. */
    Optional<LocalDate> employedSince(String agreementId) {
        return Aftercare.start(events(agreementId));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void addEvent(String agreementId, AgreementEvent e) {
        events.save(new AgreementEventRow(e.id(), agreementId, e.type(), e.date(), e.reasonCode(), e.reason(),
                e.debrief() == null ? null : write(e.debrief()), e.recordedBy(), e.createdAt()));
    }

    /** One event as stored, its debrief read back from the JSON text. */
    Optional<AgreementEvent> event(String id) {
        return events.findById(id).map(this::toEvent);
    }

    /** The agreement as it is now, its row locked until the caller's transaction ends. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    Optional<Agreement> findForUpdate(String id) {
        return agreements.findByIdForUpdate(id).map(AgreementStore::toAgreement);
    }

    Optional<Agreement> find(String id) {
        return agreements.findById(id).map(AgreementStore::toAgreement);
    }

    /** Agreements in one status, or all when it is null; the database filters. */
    List<Agreement> list(@Nullable AgreementStatus status) {
        return toAgreements(status == null ? agreements.findAll() : agreements.findByStatus(status));
    }

    /** One employer's agreements in one status, or all of its agreements when it is null. */
    List<Agreement> listOfEmployer(String employerId, @Nullable AgreementStatus status) {
        return toAgreements(status == null ? agreements.findByEmployerId(employerId)
                : agreements.findByEmployerIdAndStatus(employerId, status));
    }

    Optional<AgreementContent> content(String agreementId, int version) {
        return versions.findByAgreementIdAndVersion(agreementId, version).map(row -> read(row.content()));
    }

    List<Approval> approvals(String agreementId, int version) {
        return approvals.findByAgreementIdAndVersion(agreementId, version).stream()
                .map(row -> new Approval(row.party(), row.approvedBy(), row.approvedAt()))
                .toList();
    }

    /** The agreement's follow-ups, oldest first. */
    List<FollowUp> followUps(String agreementId) {
        return followUps.findByAgreementIdOrderByDate(agreementId).stream().map(AgreementStore::toFollowUp)
                .sorted(FollowUp.CHRONOLOGICAL).toList();
    }

    private static FollowUp toFollowUp(AgreementFollowUpRow row) {
        Map<BipIndicator, Integer> bip = new EnumMap<>(BipIndicator.class);
        putIfPresent(bip, BipIndicator.COOPERATION, row.bipCooperation());
        putIfPresent(bip, BipIndicator.JOB_SEARCH_KNOWLEDGE, row.bipJobSearchKnowledge());
        putIfPresent(bip, BipIndicator.ENERGY, row.bipEnergy());
        putIfPresent(bip, BipIndicator.HEALTH, row.bipHealth());
        putIfPresent(bip, BipIndicator.ATTENDANCE, row.bipAttendance());
        putIfPresent(bip, BipIndicator.CONSULTANT_ASSESSMENT, row.bipConsultantAssessment());
        return new FollowUp(row.id(), row.date(), row.actualHoursPerWeek(), row.effectivenessPercent(), row.format(),
                row.who5(), row.gse(), bip, row.aftercare(), row.stillEmployed(), row.notes(), row.recordedBy(),
                row.createdAt());
    }

    private static void putIfPresent(Map<BipIndicator, Integer> bip, BipIndicator indicator, Integer value) {
        if (value != null) {
            bip.put(indicator, value);
        }
    }

    private AgreementEvent toEvent(AgreementEventRow row) {
        return new AgreementEvent(row.id(), row.type(), row.date(), row.reasonCode(), row.reason(),
                row.debrief() == null ? null : read(row.debrief(), AgreementEvent.Debrief.class), row.recordedBy(),
                row.createdAt());
    }

    /** A placement (an agreement that came into force) with its version in force, follow-ups and events. */
    record Placement(Agreement agreement, AgreementContent content, List<FollowUp> followUps,
                     List<AgreementEvent> events) {
    }

    /** Every placement, in four queries whatever their number: what the offline weight evaluation reads. */
    List<Placement> placements() {
        Map<String, AgreementContent> contents = new HashMap<>();
        versions.findInForceOfPlacements().forEach(row -> contents.put(row.agreementId(), read(row.content())));
        Map<String, List<FollowUp>> followUpsOf = followUps.findOfPlacements().stream()
                .collect(Collectors.groupingBy(AgreementFollowUpRow::agreementId,
                        Collectors.mapping(AgreementStore::toFollowUp, Collectors.toList())));
        Map<String, List<AgreementEvent>> eventsOf = events.findOfPlacements().stream()
                .collect(Collectors.groupingBy(AgreementEventRow::agreementId,
                        Collectors.mapping(this::toEvent, Collectors.toList())));
        return toAgreements(agreements.findByInForceVersionIsNotNull()).stream()
                .filter(a -> contents.containsKey(a.id()))
                .map(a -> new Placement(a, contents.get(a.id()), followUpsOf.getOrDefault(a.id(), List.of()),
                        eventsOf.getOrDefault(a.id(), List.of())))
                .toList();
    }

    /**
     * The version's JSON and, beside it, the plan facts the outcome figures aggregate in SQL: start
     * date and hours on the row, each clause and planned visit as a row (V17), in the same transaction.
     */
    private void saveVersion(Agreement agreement, AgreementContent content, String author) {
        String versionId = Ids.newId();
        versions.save(new AgreementVersionRow(versionId, agreement.id(), agreement.version(), write(content), author,
                agreement.updatedAt(), content.startDate(), content.hoursPerWeek()));
        List<AgreementClauseRow> clauseRows = new ArrayList<>();
        for (AgreementContent.Clause c : content.progression()) {
            clauseRows.add(new AgreementClauseRow(Ids.newId(), versionId, clauseRows.size(), c.dueDate(),
                    c.hoursPerWeek(), c.effectivenessPercent()));
        }
        clauses.saveAll(clauseRows);
        List<AgreementPlannedVisitRow> visitRows = new ArrayList<>();
        for (LocalDate day : content.followUp().companyVisits()) {
            visitRows.add(new AgreementPlannedVisitRow(Ids.newId(), versionId, visitRows.size(), day));
        }
        visits.saveAll(visitRows);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AgreementContent read(String content) {
        return read(content, AgreementContent.class);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Agreement> toAgreements(Iterable<AgreementRow> rows) {
        List<Agreement> list = new ArrayList<>();
        rows.forEach(row -> list.add(toAgreement(row)));
        return list;
    }

    private static AgreementRow toRow(Agreement a) {
        return new AgreementRow(a.id(), a.citizenId(), a.needId(), a.employerId(), a.consultant(), a.status(),
                a.version(), a.inForceVersion(), a.createdAt(), a.updatedAt());
    }

    private static Agreement toAgreement(AgreementRow row) {
        return new Agreement(row.id(), row.citizenId(), row.needId(), row.employerId(), row.consultant(),
                row.status(), row.version(), row.inForceVersion(), row.createdAt(), row.updatedAt());
    }
}
