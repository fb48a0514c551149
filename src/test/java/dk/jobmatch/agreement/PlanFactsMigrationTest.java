package dk.jobmatch.agreement;

import dk.jobmatch.support.OldSchema;
import dk.jobmatch.support.OwnStorage;
import dk.jobmatch.support.Tables;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V17 gives every version stored before it the plan facts of its JSON: start date and hours on the
 * row, each progression clause and planned visit as a row in the version's order; a version whose
 * plan names no visits (or no clauses) gets none.
 */
@Tag(Tiers.SERVER)
class PlanFactsMigrationTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final Instant EARLIER = Instant.parse("2026-02-01T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void versionsFromBeforeV17GetTheirPlanFactsFromTheirJson() {
        Map<String, Object> sameData = OwnStorage.inMemory(dir, "v17",
                "jobmatch.accounts.seed", false);
        String agreement = UUID.randomUUID().toString();
        Tables old = OldSchema.at(sameData, "15");
        String employer = UUID.randomUUID().toString();
        String need = UUID.randomUUID().toString();
        old.employerWithNeed(employer, "17171717", need, Timestamp.from(EARLIER));
        String citizen = UUID.randomUUID().toString();
        old.execute("INSERT INTO citizen (id, external_ref, competences, qualifications, accommodations,"
                        + " hours_min, hours_max, consent, created_at, updated_at)"
                        + " VALUES (?, 'sag-v17', 'pakning', '', '', 6, 12, TRUE, ?, ?)",
                citizen, Timestamp.from(EARLIER), Timestamp.from(EARLIER));
        old.execute("INSERT INTO agreement (id, citizen_id, need_id, employer_id, consultant, status, version,"
                        + " in_force_version, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, 'consultant', 'ACTIVE', 2, 1, ?, ?)",
                agreement, citizen, need, employer, Timestamp.from(EARLIER), Timestamp.from(EARLIER));
        version(old, agreement, 1, """
                "startDate":"2026-03-02","hoursPerWeek":9.5,"progression":[
                 {"dueDate":"2026-04-13","hoursPerWeek":12.0,"effectivenessPercent":85,"paidHoursPerWeek":null},
                 {"dueDate":"2026-05-25","hoursPerWeek":14.5,"effectivenessPercent":90}],
                "followUp":{"cadenceDays":14,"nextDate":"2026-03-16",
                 "companyVisits":["2026-03-16","2026-04-27","2026-06-08","2026-07-20"]}""");
        // A pending amendment whose plan lists no visits and no steps.
        version(old, agreement, 2, """
                "startDate":"2026-03-09","hoursPerWeek":8,"progression":[],
                "followUp":{"cadenceDays":14,"nextDate":"2026-03-23"}""");

        try (ApplicationContext now = ApplicationContext.run(sameData, "test")) {
            Tables tables = new Tables(now.getBean(DataSource.class));
            assertThat(tables.rows("SELECT version, start_date, hours_per_week FROM agreement_version"
                    + " WHERE agreement_id = ? ORDER BY version", agreement))
                    .containsExactly(List.of(1, "2026-03-02", 9.5), List.of(2, "2026-03-09", 8.0));
            assertThat(tables.rows("SELECT c.ordinal, c.due_date, c.hours_per_week, c.effectiveness_percent"
                    + " FROM agreement_clause c JOIN agreement_version v ON v.id = c.version_id"
                    + " WHERE v.agreement_id = ? ORDER BY v.version, c.ordinal", agreement))
                    .containsExactly(List.of(0, "2026-04-13", 12.0, 85), List.of(1, "2026-05-25", 14.5, 90));
            assertThat(tables.rows("SELECT p.visit_date FROM agreement_planned_visit p"
                    + " JOIN agreement_version v ON v.id = p.version_id"
                    + " WHERE v.agreement_id = ? ORDER BY v.version, p.ordinal", agreement).stream()
                    .map(List::getFirst).toList())
                    .containsExactly("2026-03-16", "2026-04-27", "2026-06-08", "2026-07-20");
        }
    }

    /** A version as the service stored it before V17: its JSON only (the parts V17 reads, and the rest). */
    private static void version(Tables tables, String agreement, int version, String plan) {
        String content = """
                {"placementType":"TRAENING",%s,"effectivenessPercent":75,
                 "tasks":[{"taskId":"t1","title":"Pakning","hoursPerWeek":12.0,"paid":false}],"accommodations":[],
                 "accommodationText":[],"goals":[],"citizen":{"name":"Borger"},"employer":{"name":"Før V17 ApS"},
                 "contactPerson":{},"consultant":{"name":"consultant"}}""".formatted(plan);
        tables.execute("INSERT INTO agreement_version (id, agreement_id, version, content, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, 'consultant', ?)", UUID.randomUUID().toString(), agreement, version, content,
                Timestamp.from(EARLIER));
    }
}
