package dk.jobmatch.outcome;

import dk.jobmatch.agreement.Visits;
import dk.jobmatch.vocabulary.EndReason;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every outcome figure as an SQL aggregate, in one query (H2 2.x and PostgreSQL alike), over the
 * agreement tables (agreements, the plan facts of their versions in force, follow-ups, events;
 * owned by agreement/) and the citizens' target group and creation time (owned by citizen/). A
 * read model: it writes nothing. The query has two parts: {@link #PLACEMENTS}, one row per
 * placement with what the figures need of it (each looked up by index, so the cost grows with the
 * placements, not their square), and one aggregate {@code SELECT} over those rows with three
 * columns per figure ({@link #FIGURES}): its value, its denominator and the different citizens in
 * its population, each restricted to that population by a {@code CASE}. docs/outcomes.md defines
 * each figure in one sentence; {@link OutcomeFigures} rounds and suppresses.
 *
 * <p>Portable on purpose: {@code PERCENTILE_CONT ... WITHIN GROUP} (nulls ignored in both),
 * {@code ORDER BY ... FETCH FIRST 1 ROW ONLY} in scalar subqueries, {@code date + INTERVAL 'n'
 * MONTH} (the same end-of-month clamping as {@code LocalDate.plusMonths}) and days as differences
 * of {@code EXTRACT(EPOCH ...) / 86400} (UTC days, the service clock's zone) read the same in both
 * dialects. The parameters are bound once, in a derived table of the placements' query, which
 * carries today and the period's last day on to the figures: H2 expands a common table expression
 * like a view at every use, and did not bind the parameters of one used twice.
 */
@Singleton
class OutcomeQueries {

    /** What one figure's columns answer: a null value means nothing to take it over. */
    record Aggregate(@Nullable Double value, long denominator, long citizens) {
    }

    /** A figure (and group) as SQL: who is in its population, and its value and denominator over them. */
    private record Column(Figure.Name name, @Nullable String group, String population, String value,
                          String denominator) {
    }

    /** The first follow-up's column by date, then when recorded, among those matching a condition. */
    private static final String FIRST = "(SELECT f.%1$s FROM agreement_follow_up f WHERE f.agreement_id = a.id"
            + " AND %2$s ORDER BY f.follow_up_date, f.created_at, f.id FETCH FIRST 1 ROW ONLY)";
    private static final String LATEST = "(SELECT f.%1$s FROM agreement_follow_up f WHERE f.agreement_id = a.id"
            + " AND %2$s ORDER BY f.follow_up_date DESC, f.created_at DESC, f.id DESC FETCH FIRST 1 ROW ONLY)";

    /**
     * A clause of the version in force due by today, and the first follow-up of the course (not
     * aftercare) on or after its due date: the clause is judged by it, as {@code /progress} judges
     * (agreement/ProgressReport). %s is what to count of such clauses.
     */
    private static final String CLAUSES = """
            (SELECT COUNT(*) FROM agreement_clause cl
              WHERE cl.version_id = v.id AND cl.due_date <= q.today
                AND %s)""";
    private static final String JUDGED = CLAUSES.formatted("""
            EXISTS (SELECT 1 FROM agreement_follow_up f WHERE f.agreement_id = a.id AND NOT f.aftercare
                                   AND f.follow_up_date >= cl.due_date)""");
    /** MET: the judging follow-up's hours reach the clause's, and its effectiveness, if measured, too. */
    private static final String MET = CLAUSES.formatted("""
            (SELECT CASE WHEN f.actual_hours >= cl.hours_per_week
                              AND (f.effectiveness_percent IS NULL
                                   OR f.effectiveness_percent >= cl.effectiveness_percent) THEN 1 ELSE 0 END
                   FROM agreement_follow_up f WHERE f.agreement_id = a.id AND NOT f.aftercare
                    AND f.follow_up_date >= cl.due_date
                  ORDER BY f.follow_up_date, f.created_at, f.id FETCH FIRST 1 ROW ONLY) = 1""");

    /**
     * One row per placement (an agreement that came into force, with its version in force): whether
     * it passes the filters ({@code chosen}), starts in the period ({@code started}), is its
     * citizen's first (by start date, then id, among all their placements), the days from the
     * profile to its start, its ending (the first HIRED, ORDINARY_HOURS or STOPPED event by date,
     * then when recorded), when its job was recorded as ended (the first EMPLOYMENT_ENDED, the first
     * aftercare follow-up saying no longer employed), its clauses judged and met, its latest course
     * hours, first and latest WHO-5 and GSE, and its visits planned and done in the first months.
     */
    private static final String PLACEMENTS = """
            WITH placement AS (
              SELECT q.today, q.period_to, a.citizen_id, v.start_date, v.hours_per_week,
                     CASE WHEN (q.target_group IS NULL OR c.target_group = q.target_group)
                           AND (q.consultant IS NULL OR a.consultant = q.consultant)
                           AND (q.employer_id IS NULL OR a.employer_id = q.employer_id) THEN 1 ELSE 0 END AS chosen,
                     CASE WHEN (q.period_from IS NULL OR v.start_date >= q.period_from)
                           AND v.start_date <= q.period_to THEN 1 ELSE 0 END AS started,
                     CASE WHEN NOT EXISTS (
                            SELECT 1 FROM agreement o
                              JOIN agreement_version ov ON ov.agreement_id = o.id AND ov.version = o.in_force_version
                             WHERE o.citizen_id = a.citizen_id
                               AND (ov.start_date < v.start_date OR (ov.start_date = v.start_date AND o.id < a.id)))
                          THEN 1 ELSE 0 END AS first_of_citizen,
                     CAST(EXTRACT(EPOCH FROM v.start_date) / 86400 AS BIGINT)
                       - CAST(FLOOR(EXTRACT(EPOCH FROM c.created_at) / 86400) AS BIGINT) AS days_from_profile,
                     e.event_type AS end_type, e.event_date AS end_date, e.reason_code,
                     CASE WHEN e.event_date IS NOT NULL AND (q.period_from IS NULL OR e.event_date >= q.period_from)
                           AND e.event_date <= q.period_to THEN 1 ELSE 0 END AS ended_in_period,
                     (SELECT MIN(x.event_date) FROM agreement_event x
                       WHERE x.agreement_id = a.id AND x.event_type = 'EMPLOYMENT_ENDED') AS employment_ended,
                     (SELECT MIN(f.follow_up_date) FROM agreement_follow_up f
                       WHERE f.agreement_id = a.id AND f.aftercare AND f.still_employed = FALSE) AS said_not_employed,
                     %1$s AS clauses_judged,
                     %2$s AS clauses_met,
                     %3$s AS latest_hours,
                     %4$s AS who5_first, %5$s AS who5_latest, %6$s AS gse_first, %7$s AS gse_latest,
                     (SELECT COUNT(*) FROM agreement_planned_visit pv
                       WHERE pv.version_id = v.id AND pv.visit_date >= v.start_date
                         AND pv.visit_date < CAST(v.start_date + INTERVAL '%8$d' MONTH AS DATE)) AS visits_planned,
                     (SELECT COUNT(*) FROM agreement_follow_up f
                       WHERE f.agreement_id = a.id AND f.follow_up_format = 'WORKPLACE_VISIT'
                         AND f.follow_up_date >= v.start_date
                         AND f.follow_up_date < CAST(v.start_date + INTERVAL '%8$d' MONTH AS DATE)) AS visits_done
                FROM agreement a
                JOIN agreement_version v ON v.agreement_id = a.id AND v.version = a.in_force_version
                JOIN citizen c ON c.id = a.citizen_id
                CROSS JOIN (SELECT CAST(? AS DATE) AS today, CAST(? AS DATE) AS period_from,
                                   CAST(? AS DATE) AS period_to, CAST(? AS VARCHAR(20)) AS target_group,
                                   CAST(? AS VARCHAR(100)) AS consultant, CAST(? AS VARCHAR(36)) AS employer_id) q
                LEFT JOIN agreement_event e ON e.agreement_id = a.id
                      AND e.event_type IN ('HIRED', 'ORDINARY_HOURS', 'STOPPED')
                      AND NOT EXISTS (
                          SELECT 1 FROM agreement_event o
                           WHERE o.agreement_id = a.id AND o.event_type IN ('HIRED', 'ORDINARY_HOURS', 'STOPPED')
                             AND (o.event_date < e.event_date
                                  OR (o.event_date = e.event_date AND (o.created_at < e.created_at
                                      OR (o.created_at = e.created_at AND o.id < e.id))))))
            """.formatted(JUDGED, MET, LATEST.formatted("actual_hours", "NOT f.aftercare"),
            FIRST.formatted("who5", "f.who5 IS NOT NULL"), LATEST.formatted("who5", "f.who5 IS NOT NULL"),
            FIRST.formatted("gse", "f.gse IS NOT NULL"), LATEST.formatted("gse", "f.gse IS NOT NULL"), Visits.MONTHS);

    /** The placements of the figures on the starts, the endings and the jobs. */
    private static final String STARTED = "chosen = 1 AND started = 1";
    private static final String ENDED = "chosen = 1 AND ended_in_period = 1";
    private static final String IN_WORK_FOR = ENDED + " AND end_type IN ('HIRED', 'ORDINARY_HOURS')"
            + " AND CAST(end_date + INTERVAL '%1$d' MONTH AS DATE) <= today";
    /** The job had not ended on or before the day M calendar months after the ending. */
    private static final String RETAINED_FOR = "CASE WHEN (employment_ended IS NULL"
            + " OR employment_ended > CAST(end_date + INTERVAL '%1$d' MONTH AS DATE)) AND (said_not_employed IS NULL"
            + " OR said_not_employed > CAST(end_date + INTERVAL '%1$d' MONTH AS DATE)) THEN 1 ELSE 0 END";

    private static final List<Column> FIGURES = figures();

    static final String SQL = PLACEMENTS + "SELECT " + FIGURES.stream()
            .map(c -> String.join(",\n       ", c.value().formatted(c.population()),
                    c.denominator().formatted(c.population()),
                    "COUNT(DISTINCT CASE WHEN %s THEN citizen_id END)".formatted(c.population())))
            .collect(Collectors.joining(",\n       ")) + "\n  FROM placement";

    private static List<Column> figures() {
        List<Column> columns = new ArrayList<>();
        columns.add(count(Figure.Name.PLACEMENTS_STARTED, null, STARTED));
        columns.add(count(Figure.Name.PLACEMENTS_ACTIVE, null,
                "chosen = 1 AND start_date <= period_to AND (end_date IS NULL OR end_date > period_to)"));
        columns.add(count(Figure.Name.PLACEMENTS_ENDED, null, ENDED));
        for (EndReason reason : EndReason.values()) {
            columns.add(count(Figure.Name.PLACEMENTS_ENDED, reason.name(),
                    ENDED + " AND reason_code = '" + reason.name() + "'"));
        }
        columns.add(count(Figure.Name.PLACEMENTS_ENDED, OutcomeFigures.UNCODED, ENDED + " AND reason_code IS NULL"));
        columns.add(count(Figure.Name.PLACEMENTS_HIRED, null, ENDED + " AND end_type = 'HIRED'"));
        columns.add(count(Figure.Name.PLACEMENTS_ORDINARY_HOURS, null, ENDED + " AND end_type = 'ORDINARY_HOURS'"));
        columns.add(count(Figure.Name.PLACEMENTS_STOPPED, null, ENDED + " AND end_type = 'STOPPED'"));
        String followedUp = STARTED + " AND latest_hours IS NOT NULL";
        columns.add(percentile(Figure.Name.HOURS_AT_START_MEDIAN, followedUp, 0.5, "hours_per_week"));
        columns.add(percentile(Figure.Name.HOURS_LATEST_MEDIAN, followedUp, 0.5, "latest_hours"));
        columns.add(ratio(Figure.Name.CLAUSES_MET_SHARE, STARTED + " AND clauses_judged > 0", "clauses_met",
                "clauses_judged"));
        String firstPlacement = STARTED + " AND first_of_citizen = 1 AND days_from_profile >= 0";
        columns.add(percentile(Figure.Name.DAYS_TO_FIRST_PLACEMENT_MEDIAN, firstPlacement, 0.5, "days_from_profile"));
        columns.add(percentile(Figure.Name.DAYS_TO_FIRST_PLACEMENT_P75, firstPlacement, 0.75, "days_from_profile"));
        for (int months : OutcomeFigures.RETENTION_MONTHS) {
            columns.add(ratio(Figure.Name.valueOf("RETENTION_" + months + "_MONTHS"), IN_WORK_FOR.formatted(months),
                    RETAINED_FOR.formatted(months), "1"));
        }
        columns.addAll(measure("WHO5", "who5"));
        columns.addAll(measure("GSE", "gse"));
        columns.add(new Column(Figure.Name.VISITS_PLANNED, null, STARTED, "SUM(CASE WHEN %s THEN CASE WHEN"
                + " visits_planned >= " + Visits.MINIMUM + " THEN visits_planned ELSE " + Visits.MINIMUM
                + " END ELSE 0 END)", "0"));
        columns.add(new Column(Figure.Name.VISITS_DONE, null, STARTED, "SUM(CASE WHEN %s THEN visits_done ELSE 0 END)",
                "0"));
        return columns;
    }

    private static Column count(Figure.Name name, @Nullable String group, String population) {
        return new Column(name, group, population, "SUM(CASE WHEN %s THEN 1 ELSE 0 END)", "0");
    }

    /** The continuous percentile (linear between the nearest ranks) of a column over the population. */
    private static Column percentile(Figure.Name name, String population, double p, String column) {
        return new Column(name, null, population,
                "PERCENTILE_CONT(" + p + ") WITHIN GROUP (ORDER BY CASE WHEN %s THEN " + column + " END)",
                "SUM(CASE WHEN %s THEN 1 ELSE 0 END)");
    }

    /** The sum of a numerator over the sum of a denominator, both over the population, divided as doubles. */
    private static Column ratio(Figure.Name name, String population, String numerator, String denominator) {
        String over = "SUM(CASE WHEN %1$s THEN " + denominator + " ELSE 0 END)";
        return new Column(name, null, population, "CAST(SUM(CASE WHEN %1$s THEN " + numerator
                + " ELSE 0 END) AS DOUBLE PRECISION) / CAST(NULLIF(" + over + ", 0) AS DOUBLE PRECISION)", over);
    }

    /** The mean first and latest value of a measure, over the placements started in the period with one. */
    private static List<Column> measure(String figure, String column) {
        String measured = STARTED + " AND " + column + "_first IS NOT NULL";
        return List.of(ratio(Figure.Name.valueOf(figure + "_FIRST_MEAN"), measured, column + "_first", "1"),
                ratio(Figure.Name.valueOf(figure + "_LATEST_MEAN"), measured, column + "_latest", "1"));
    }

    private final JdbcOperations jdbc;

    OutcomeQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every figure's aggregate by "FIGURE" or "FIGURE/group". */
    @Transactional(readOnly = true)
    Map<String, Aggregate> aggregates(Period period, OutcomeFigures.Filter filter, LocalDate today) {
        return jdbc.prepareStatement(SQL, statement -> {
            statement.setObject(1, today);
            setDate(statement, 2, period.from());
            statement.setObject(3, period.to());
            setText(statement, 4, filter.targetGroup() == null ? null : filter.targetGroup().name());
            setText(statement, 5, filter.consultant());
            setText(statement, 6, filter.employerId());
            Map<String, Aggregate> aggregates = new HashMap<>();
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                for (int i = 0; i < FIGURES.size(); i++) {
                    Column column = FIGURES.get(i);
                    double value = row.getDouble(3 * i + 1);
                    Double present = row.wasNull() ? null : value;
                    aggregates.put(key(column.name().name(), column.group()),
                            new Aggregate(present, row.getLong(3 * i + 2), row.getLong(3 * i + 3)));
                }
            }
            return aggregates;
        });
    }

    static String key(String figure, @Nullable String group) {
        return group == null ? figure : figure + "/" + group;
    }

    private static void setDate(PreparedStatement statement, int index, @Nullable LocalDate day) throws SQLException {
        if (day == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, day);
        }
    }

    private static void setText(PreparedStatement statement, int index, @Nullable String text) throws SQLException {
        if (text == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, text);
        }
    }
}
