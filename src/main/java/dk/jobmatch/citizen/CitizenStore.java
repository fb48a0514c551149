package dk.jobmatch.citizen;

import dk.jobmatch.common.Codes;
import dk.jobmatch.common.Ids;
import dk.jobmatch.common.TextLists;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.Qualification;
import dk.jobmatch.vocabulary.TargetGroup;
import dk.jobmatch.vocabulary.TeamRole;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Saves and loads a citizen's profile (its row, its job goals, its team and what was last measured)
 * as one unit: reads through {@link CitizenReads}, writes through the repositories and, in bulk,
 * {@link CitizenInserts}.
 */
@Singleton
class CitizenStore {

    private final CitizenRepository citizens;
    private final JobGoalRepository goals;
    private final MeasuredCapacityRepository measured;
    private final TeamMemberRepository team;
    private final CitizenInserts inserts;
    private final CitizenReads reads;

    CitizenStore(CitizenRepository citizens, JobGoalRepository goals, MeasuredCapacityRepository measured,
                 TeamMemberRepository team, CitizenInserts inserts, CitizenReads reads) {
        this.citizens = citizens;
        this.inserts = inserts;
        this.reads = reads;
        this.goals = goals;
        this.measured = measured;
        this.team = team;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(Citizen citizen) {
        insertAll(List.of(citizen));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replace(Citizen citizen) {
        replaceAll(List.of(citizen));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertAll(List<Citizen> batch) {
        if (batch.isEmpty()) {
            return;
        }
        inserts.citizens(batch.stream().map(CitizenStore::toRow).toList());
        inserts.goals(batch.stream().flatMap(c -> goalRows(c).stream()).toList());
        inserts.team(batch.stream().flatMap(c -> teamRows(c).stream()).toList());
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replaceAll(List<Citizen> batch) {
        if (!batch.isEmpty()) {
            citizens.updateAll(batch.stream().map(CitizenStore::toRow).toList());
            goals.deleteByCitizenIdIn(batch.stream().map(Citizen::id).toList());
            inserts.goals(batch.stream().flatMap(c -> goalRows(c).stream()).toList());
            team.deleteByCitizenIdIn(batch.stream().map(Citizen::id).toList());
            inserts.team(batch.stream().flatMap(c -> teamRows(c).stream()).toList());
        }
    }

    /** Registered profiles by externalRef (their job goals not loaded). */
    Map<String, Citizen> findByExternalRefs(Collection<String> externalRefs) {
        return externalRefs.isEmpty() ? Map.of() : citizens.findByExternalRefIn(externalRefs).stream()
                .map(row -> toCitizen(row, List.of(), null))
                .collect(Collectors.toMap(Citizen::externalRef, Function.identity()));
    }

    /** Erasure: the goals, the team, what was measured and the profile row are deleted, not flagged. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void erase(String id) {
        goals.deleteByCitizenId(id);
        team.deleteByCitizenId(id);
        measured.deleteById(id);
        citizens.deleteById(id);
    }

    Optional<MeasuredCapacity> measured(String citizenId) {
        return measured.findById(citizenId).map(CitizenStore::toMeasured);
    }

    /** Replaces what was last measured for the citizen. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void saveMeasured(String citizenId, MeasuredCapacity capacity) {
        MeasuredCapacityRow row = new MeasuredCapacityRow(citizenId, capacity.hoursPerWeek(),
                capacity.effectivenessPercent(), capacity.date(), capacity.agreementId());
        if (measured.existsById(citizenId)) {
            measured.update(row);
        } else {
            measured.save(row);
        }
    }

    boolean externalRefTaken(String externalRef, String exceptId) {
        return exceptId == null
                ? citizens.existsByExternalRef(externalRef)
                : citizens.existsByExternalRefAndIdNotEqual(externalRef, exceptId);
    }

    /** Waits for and holds the citizen's row lock until commit; false when there is no such citizen. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean lock(String id) {
        return citizens.findByIdForUpdate(id).isPresent();
    }

    Optional<Citizen> find(String id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** Loads profiles in the order of the ids given; unknown ids are skipped. */
    List<Citizen> findAll(Collection<String> ids) {
        return assemble(reads.byIds(ids), ids);
    }

    /** Up to {@code limit} profiles of one postcode. */
    List<Citizen> livingIn(String postcode, int limit) {
        CitizenReads.Rows rows = reads.livingIn(postcode, limit);
        return assemble(rows, rows.citizens().stream().map(CitizenRow::id).toList());
    }

    /** A batch of profiles ordered by id, for streaming the whole table. */
    List<Citizen> batchAfter(String afterId, int limit) {
        CitizenReads.Rows rows = reads.batchAfter(afterId, limit);
        return assemble(rows, rows.citizens().stream().map(CitizenRow::id).toList());
    }

    long count() {
        return citizens.count();
    }

    private static List<Citizen> assemble(CitizenReads.Rows rows, Collection<String> order) {
        if (rows.citizens().isEmpty()) {
            return List.of();
        }
        Map<String, List<JobGoal>> goalsByCitizen = rows.goals().stream()
                .collect(Collectors.groupingBy(JobGoalRow::citizenId,
                        Collectors.mapping(CitizenStore::toGoal, Collectors.toList())));
        Map<String, List<TeamMember>> teamByCitizen = rows.team().stream()
                .collect(Collectors.groupingBy(TeamMemberRow::citizenId,
                        Collectors.mapping(CitizenStore::toTeamMember, Collectors.toList())));
        Map<String, MeasuredCapacity> measuredByCitizen = rows.measured().stream()
                .collect(Collectors.toMap(MeasuredCapacityRow::citizenId, CitizenStore::toMeasured));
        Map<String, CitizenRow> byId = rows.citizens().stream()
                .collect(Collectors.toMap(CitizenRow::id, Function.identity()));
        return order.stream()
                .filter(byId::containsKey)
                .map(id -> toCitizen(byId.get(id), goalsByCitizen.getOrDefault(id, List.of()),
                        measuredByCitizen.get(id)).withTeam(teamByCitizen.getOrDefault(id, List.of())))
                .toList();
    }

    private static CitizenRow toRow(Citizen c) {
        Place place = c.location();
        return new CitizenRow(c.id(), c.externalRef(), c.displayName(),
                c.targetGroup() == null ? null : c.targetGroup().name(),
                TextLists.join(c.competences()), c.experience(),
                Codes.join(c.qualifications()), Codes.join(c.accommodations()), c.accommodationNotes(),
                c.hoursPerWeek().min(), c.hoursPerWeek().max(), c.effectivenessPercent(),
                place == null ? null : place.postcode(), place == null ? null : place.city(),
                place == null ? null : place.lat(), place == null ? null : place.lon(),
                c.maxTravelKm(), c.consent(), c.createdAt(), c.updatedAt());
    }

    private static List<JobGoalRow> goalRows(Citizen citizen) {
        List<JobGoalRow> rows = new ArrayList<>();
        for (int i = 0; i < citizen.jobGoals().size(); i++) {
            JobGoal goal = citizen.jobGoals().get(i);
            rows.add(new JobGoalRow(Ids.newId(), citizen.id(), i, goal.priority().name(), goal.title()));
        }
        return rows;
    }

    private static List<TeamMemberRow> teamRows(Citizen citizen) {
        List<TeamMemberRow> rows = new ArrayList<>();
        for (int i = 0; i < citizen.team().size(); i++) {
            TeamMember member = citizen.team().get(i);
            rows.add(new TeamMemberRow(Ids.newId(), citizen.id(), i, member.role().name(), member.name(),
                    member.phone(), member.email()));
        }
        return rows;
    }

    private static TeamMember toTeamMember(TeamMemberRow row) {
        return new TeamMember(TeamRole.valueOf(row.role()), row.name(), row.phone(), row.email());
    }

    private static MeasuredCapacity toMeasured(MeasuredCapacityRow row) {
        return new MeasuredCapacity(row.hoursPerWeek(), row.effectivenessPercent(), row.date(), row.agreementId());
    }

    private static Citizen toCitizen(CitizenRow row, List<JobGoal> jobGoals, MeasuredCapacity capacity) {
        Place place = row.postcode() == null ? null : new Place(row.postcode(), row.city(), row.lat(), row.lon());
        return new Citizen(row.id(), row.externalRef(), row.displayName(),
                row.targetGroup() == null ? null : TargetGroup.valueOf(row.targetGroup()),
                TextLists.split(row.competences()), row.experience(), jobGoals,
                Codes.parse(Qualification.class, row.qualifications()),
                Codes.parse(Accommodation.class, row.accommodations()), row.accommodationNotes(),
                new HourRange(row.hoursMin(), row.hoursMax()), row.effectivenessPercent(), place,
                row.maxTravelKm(), row.consent(), row.createdAt(), row.updatedAt(), 0, capacity);
    }

    private static JobGoal toGoal(JobGoalRow row) {
        return new JobGoal(JobGoal.Priority.valueOf(row.priority()), row.title());
    }
}
