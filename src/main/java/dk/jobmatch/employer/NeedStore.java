package dk.jobmatch.employer;

import dk.jobmatch.common.Codes;
import dk.jobmatch.common.TextLists;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.PlacementType;
import dk.jobmatch.vocabulary.Qualification;
import dk.jobmatch.vocabulary.TaskDemand;
import dk.jobmatch.vocabulary.TimeSlot;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Saves and loads the need aggregate (a need row and its task rows) as one unit. */
@Singleton
class NeedStore {

    private final NeedRepository needs;
    private final TaskRepository tasks;
    private final NeedInserts inserts;

    NeedStore(NeedRepository needs, TaskRepository tasks, NeedInserts inserts) {
        this.needs = needs;
        this.tasks = tasks;
        this.inserts = inserts;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(Need need) {
        insertAll(List.of(need));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertAll(List<Need> batch) {
        if (batch.isEmpty()) {
            return;
        }
        inserts.needs(batch.stream().map(need -> toRow(need, false)).toList());
        inserts.tasks(batch.stream().flatMap(n -> taskRows(n).stream()).toList());
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void replace(Need need, boolean filledAutomatically) {
        needs.update(toRow(need, filledAutomatically));
        tasks.deleteByNeedId(need.id());
        tasks.saveAll(taskRows(need));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void delete(String id) {
        tasks.deleteByNeedId(id);
        needs.deleteById(id);
    }

    /** Waits for and holds the need's row lock until commit; false when there is no such need. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean lock(String id) {
        return needs.findByIdForUpdate(id).isPresent();
    }

    boolean filledAutomatically(String id) {
        return needs.findById(id).map(NeedRow::filledAutomatically).orElse(false);
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void setStatus(String id, NeedStatus status, boolean automatically) {
        needs.updateStatus(id, status.name(), automatically);
    }

    /** Each need's last activity (its own change, its agreements); needs not found are left out. */
    Map<String, Instant> lastActivity(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return needs.findLastActivity(ids).stream()
                .collect(Collectors.toMap(NeedActivity::needId, NeedActivity::lastActivityAt));
    }

    /** Ids of OPEN needs with no activity since before the instant. */
    List<String> openIdleBefore(Instant idleBefore) {
        return needs.findOpenIdleBefore(idleBefore);
    }

    /** EXPIRED if still OPEN and idle since before the instant; false when it is not (any more). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean expireIfIdle(String id, Instant idleBefore) {
        return needs.expireIfIdle(id, idleBefore) == 1;
    }

    Optional<Need> find(String id) {
        return findAll(List.of(id)).stream().findFirst();
    }

    /** Loads needs with their tasks in two queries, in the order of the ids given. */
    List<Need> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return assemble(needs.findByIdIn(ids), ids);
    }

    /** A batch of needs ordered by id, for streaming the whole table. */
    List<Need> batchAfter(String afterId, int limit) {
        List<NeedRow> rows = needs.findBatchAfter(afterId, limit);
        return assemble(rows, rows.stream().map(NeedRow::id).toList());
    }

    long count() {
        return needs.count();
    }

    private List<Need> assemble(List<NeedRow> rows, Collection<String> order) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Task>> tasksByNeed = tasks.findByNeedIdInOrderByOrdinal(
                        rows.stream().map(NeedRow::id).toList()).stream()
                .collect(Collectors.groupingBy(TaskRow::needId, LinkedHashMap::new,
                        Collectors.mapping(NeedStore::toTask, Collectors.toList())));
        Map<String, NeedRow> byId = rows.stream().collect(Collectors.toMap(NeedRow::id, r -> r));
        List<Need> result = new ArrayList<>(rows.size());
        for (String id : order) {
            NeedRow row = byId.get(id);
            if (row != null) {
                result.add(toNeed(row, tasksByNeed.getOrDefault(id, List.of())));
            }
        }
        return result;
    }

    private static NeedRow toRow(Need need, boolean filledAutomatically) {
        return new NeedRow(need.id(), need.employerId(), need.title(), need.description(),
                need.placementType().name(), need.status().name(),
                need.hoursPerWeek().min(), need.hoursPerWeek().max(),
                Codes.join(need.nonNegotiables()), Codes.join(need.flexibilities()),
                need.createdAt(), need.updatedAt(), filledAutomatically);
    }

    private static List<TaskRow> taskRows(Need need) {
        List<TaskRow> rows = new ArrayList<>();
        for (int i = 0; i < need.tasks().size(); i++) {
            Task task = need.tasks().get(i);
            rows.add(new TaskRow(task.id(), need.id(), i, task.title(), task.description(), task.hoursPerWeek(),
                    TextLists.join(task.competences()),
                    Codes.join(task.demands()), Codes.join(task.schedule()), task.capacity()));
        }
        return rows;
    }

    private static Need toNeed(NeedRow row, List<Task> tasks) {
        return new Need(row.id(), row.employerId(), row.title(), row.description(),
                PlacementType.valueOf(row.placementType()), NeedStatus.valueOf(row.status()),
                new HourRange(row.hoursMin(), row.hoursMax()),
                Codes.parse(Qualification.class, row.nonNegotiables()),
                Codes.parse(Flexibility.class, row.flexibilities()),
                tasks, row.createdAt(), row.updatedAt());
    }

    private static Task toTask(TaskRow row) {
        return new Task(row.id(), row.title(), row.description(), row.hoursPerWeek(), TextLists.split(row.competences()),
                Codes.parse(TaskDemand.class, row.demands()), Codes.parse(TimeSlot.class, row.schedule()),
                row.capacity(), 0);
    }
}
