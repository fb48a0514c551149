package dk.jobmatch.employer;

import dk.jobmatch.common.BulkRows;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * New rows of needs and their tasks as one multi-row write per table ({@link BulkRows}: COPY on
 * PostgreSQL, a JDBC batch on H2) rather than a repository's saveAll: the write path of a bulk
 * import batch, where a need is one row and its tasks 3-8 more.
 */
@Singleton
class NeedInserts {

    private static final List<String> NEED = List.of("id", "employer_id", "title", "description", "placement_type",
            "status", "hours_min", "hours_max", "non_negotiables", "flexibilities", "created_at", "updated_at",
            "filled_automatically");
    private static final List<String> TASK = List.of("id", "need_id", "ordinal", "title", "description",
            "hours_per_week", "competences", "demands", "schedule", "capacity");

    private final BulkRows rows;

    NeedInserts(BulkRows rows) {
        this.rows = rows;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void needs(List<NeedRow> needs) {
        rows.insert("need", NEED, needs.stream().map(n -> BulkRows.row(n.id(), n.employerId(), n.title(),
                n.description(), n.placementType(), n.status(), n.hoursMin(), n.hoursMax(), n.nonNegotiables(),
                n.flexibilities(), n.createdAt(), n.updatedAt(), n.filledAutomatically())).toList());
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void tasks(List<TaskRow> tasks) {
        rows.insert("need_task", TASK, tasks.stream().map(t -> BulkRows.row(t.id(), t.needId(), t.ordinal(),
                t.title(), t.description(), t.hoursPerWeek(), t.competences(), t.demands(), t.schedule(),
                t.capacity())).toList());
    }
}
