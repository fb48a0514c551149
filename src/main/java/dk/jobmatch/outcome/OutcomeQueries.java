package dk.jobmatch.outcome;

import dk.jobmatch.agreement.Visits;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every outcome figure as an SQL aggregate, in one query (H2 2.x and PostgreSQL alike), over the
 * agreement tables (agreements, the plan facts of their versions in force, follow-ups, events;
 * owned by agreement/) and the citizens' target group and creation time (owned by citizen/). A
 * read model: it writes nothing. Each figure is one {@code SELECT} of the {@code UNION ALL} below,
 * giving its value, its denominator and the number of different citizens behind it; docs/outcomes.md
 * defines each in one sentence. The caller applies the rounding and the suppression
 * ({@link OutcomeFigures}).
 *
 * <p>Portable on purpose: {@code PERCENTILE_CONT ... WITHIN GROUP}, {@code ROW_NUMBER() OVER},
 * {@code date + INTERVAL 'n' MONTH} (the same end-of-month clamping as {@code LocalDate.plusMonths})
 * and days as differences of {@code EXTRACT(EPOCH ...)} / 86400 (UTC days, the service clock's zone)
 * read the same in both dialects.
 */
@Singleton
class OutcomeQueries {

    /** What one figure's SELECT answers: a null value means nothing to take it over. */
    record Aggregate(@Nullable Double value, long denominator, long citizens) {
    }

    /** The request's parameters, bound once, joined where needed. */
    private static final String PARAMETERS = """
            q AS (SELECT CAST(? AS DATE) AS today, CAST(? AS DATE) AS period_from, CAST(? AS DATE) AS period_to,
                         CAST(? AS VARCHAR(20)) AS target_group, CAST(? AS VARCHAR(100)) AS consultant,
                         CAST(? AS VARCHAR(36)) AS employer_id)""";

    /**
     * Every placement (an agreement that came into force) with its version in force's plan facts,
     * whether it passes the filters ({@code chosen}) and starts in the period ({@code started}),
     * and the days from its citizen's profile to its start.
     */
    private static final String PLACEMENTS = """
            placement_all AS (
              SELECT a.id, a.citizen_id, v.id AS version_id, v.start_date, v.hours_per_week,
                     CAST(v.start_date + INTERVAL '%d' MONTH AS DATE) AS half_year_end,
                     CAST(EXTRACT(EPOCH FROM v.start_date) / 86400 AS BIGINT)
                       - CAST(FLOOR(EXTRACT(EPOCH FROM c.created_at) / 86400) AS BIGINT) AS days_from_profile,
                     CASE WHEN (q.target_group IS NULL OR c.target_group = q.target_group)
                           AND (q.consultant IS NULL OR a.consultant = q.consultant)
                           AND (q.employer_id IS NULL OR a.employer_id = q.employer_id) THEN 1 ELSE 0 END AS chosen,
                     CASE WHEN (q.period_from IS NULL OR v.start_date >= q.period_from)
                           AND v.start_date <= q.period_to THEN 1 ELSE 0 END AS started
                FROM agreement a
                JOIN agreement_version v ON v.agreement_id = a.id AND v.version = a.in_force_version
                JOIN citizen c ON c.id = a.citizen_id
                CROSS JOIN q),
            ending AS (
              SELECT agreement_id, event_type, event_date, reason_code FROM (
                SELECT e.agreement_id, e.event_type, e.event_date, e.reason_code,
                       ROW_NUMBER() OVER (PARTITION BY e.agreement_id
                                          ORDER BY e.event_date, e.created_at, e.id) AS n
                  FROM agreement_event e WHERE e.event_type IN ('HIRED', 'ORDINARY_HOURS', 'STOPPED')) x
               WHERE n = 1),
            job_ended AS (
              SELECT agreement_id, MIN(ended_on) AS ended_on FROM (
                SELECT agreement_id, event_date AS ended_on FROM agreement_event
                 WHERE event_type = 'EMPLOYMENT_ENDED'
                UNION ALL
                SELECT agreement_id, follow_up_date FROM agreement_follow_up
                 WHERE aftercare AND still_employed = FALSE) j
               GROUP BY agreement_id),
            placement AS (
              SELECT p.*, e.event_type AS end_type, e.event_date AS end_date, e.reason_code, j.ended_on AS job_ended_on,
                     CASE WHEN e.event_date IS NOT NULL
                           AND (q.period_from IS NULL OR e.event_date >= q.period_from)
                           AND e.event_date <= q.period_to THEN 1 ELSE 0 END AS ended_in_period
                FROM placement_all p
                CROSS JOIN q
                LEFT JOIN ending e ON e.agreement_id = p.id
                LEFT JOIN job_ended j ON j.agreement_id = p.id
               WHERE p.chosen = 1)""".formatted(Visits.MONTHS);

    /**
     * Each clause of a version in force due by today, judged as {@code /progress} judges it: by the
     * first follow-up of the course (not aftercare) on or after its due date, MET when its hours and
     * (if measured) effectiveness reach the clause's (agreement/ProgressReport#reached).
     */
    private static final String CLAUSES = """
            clause_judged AS (
              SELECT p.citizen_id, p.started,
                     CASE WHEN f.actual_hours >= cl.hours_per_week
                           AND (f.effectiveness_percent IS NULL OR f.effectiveness_percent >= cl.effectiveness_percent)
                          THEN 1 ELSE 0 END AS met,
                     ROW_NUMBER() OVER (PARTITION BY cl.id
                                        ORDER BY f.follow_up_date, f.created_at, f.id) AS n
                FROM placement p
                CROSS JOIN q
                JOIN agreement_clause cl ON cl.version_id = p.version_id
                JOIN agreement_follow_up f ON f.agreement_id = p.id AND NOT f.aftercare
                                          AND f.follow_up_date >= cl.due_date
               WHERE cl.due_date <= q.today)""";

    /** Each placement's first and latest value of a follow-up column where it was recorded, by date. */
    private static final String FIRST_AND_LATEST = """
            %1$s AS (
              SELECT agreement_id, MAX(CASE WHEN first_n = 1 THEN v END) AS first_value,
                     MAX(CASE WHEN latest_n = 1 THEN v END) AS latest_value
                FROM (SELECT agreement_id, %2$s AS v,
                             ROW_NUMBER() OVER (PARTITION BY agreement_id
                                                ORDER BY follow_up_date, created_at, id) AS first_n,
                             ROW_NUMBER() OVER (PARTITION BY agreement_id
                                                ORDER BY follow_up_date DESC, created_at DESC, id DESC) AS latest_n
                        FROM agreement_follow_up WHERE %2$s IS NOT NULL AND %3$s) x
               GROUP BY agreement_id)""";

    /** The figures: name, group, value, denominator, citizens behind it. */
    private static final String FIGURES = """
            SELECT CAST('PLACEMENTS_STARTED' AS VARCHAR(40)) AS figure, CAST(NULL AS VARCHAR(40)) AS grp,
                   CAST(COUNT(*) AS DOUBLE PRECISION) AS val, COUNT(*) AS denominator,
                   COUNT(DISTINCT citizen_id) AS citizens
              FROM placement WHERE started = 1
            UNION ALL
            SELECT 'PLACEMENTS_ACTIVE', NULL, CAST(COUNT(*) AS DOUBLE PRECISION), COUNT(*), COUNT(DISTINCT citizen_id)
              FROM placement CROSS JOIN q
             WHERE start_date <= q.period_to AND (end_date IS NULL OR end_date > q.period_to)
            UNION ALL
            SELECT 'PLACEMENTS_ENDED', NULL, CAST(COUNT(*) AS DOUBLE PRECISION), COUNT(*), COUNT(DISTINCT citizen_id)
              FROM placement WHERE ended_in_period = 1
            UNION ALL
            SELECT 'PLACEMENTS_ENDED', COALESCE(reason_code, '%1$s'), CAST(COUNT(*) AS DOUBLE PRECISION), COUNT(*),
                   COUNT(DISTINCT citizen_id)
              FROM placement WHERE ended_in_period = 1 GROUP BY COALESCE(reason_code, '%1$s')
            UNION ALL
            SELECT 'PLACEMENTS_' || end_type, NULL, CAST(COUNT(*) AS DOUBLE PRECISION), COUNT(*),
                   COUNT(DISTINCT citizen_id)
              FROM placement WHERE ended_in_period = 1 GROUP BY end_type
            UNION ALL
            SELECT 'HOURS_AT_START_MEDIAN', NULL,
                   CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY p.hours_per_week) AS DOUBLE PRECISION), COUNT(*),
                   COUNT(DISTINCT p.citizen_id)
              FROM placement p JOIN course_hours h ON h.agreement_id = p.id WHERE p.started = 1
            UNION ALL
            SELECT 'HOURS_LATEST_MEDIAN', NULL,
                   CAST(PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY h.latest_value) AS DOUBLE PRECISION), COUNT(*),
                   COUNT(DISTINCT p.citizen_id)
              FROM placement p JOIN course_hours h ON h.agreement_id = p.id WHERE p.started = 1
            UNION ALL
            SELECT 'CLAUSES_MET_SHARE', NULL, CAST(SUM(met) AS DOUBLE PRECISION) / NULLIF(COUNT(*), 0), COUNT(*),
                   COUNT(DISTINCT citizen_id)
              FROM clause_judged WHERE n = 1 AND started = 1
            UNION ALL
            %2$s
            UNION ALL
            %3$s
            UNION ALL
            %4$s
            UNION ALL
            SELECT 'VISITS_PLANNED', NULL,
                   CAST(COALESCE(SUM(CASE WHEN planned >= %5$d THEN planned ELSE %5$d END), 0) AS DOUBLE PRECISION),
                   COUNT(*), COUNT(DISTINCT citizen_id)
              FROM (SELECT p.citizen_id,
                           (SELECT COUNT(*) FROM agreement_planned_visit pv
                             WHERE pv.version_id = p.version_id AND pv.visit_date >= p.start_date
                               AND pv.visit_date < p.half_year_end) AS planned
                      FROM placement p WHERE p.started = 1) x
            UNION ALL
            SELECT 'VISITS_DONE', NULL, CAST(COUNT(f.id) AS DOUBLE PRECISION), COUNT(DISTINCT p.id),
                   COUNT(DISTINCT p.citizen_id)
              FROM placement p
              LEFT JOIN agreement_follow_up f ON f.agreement_id = p.id AND f.follow_up_format = 'WORKPLACE_VISIT'
                                             AND f.follow_up_date >= p.start_date AND f.follow_up_date < p.half_year_end
             WHERE p.started = 1""";

    /**
     * Days from the profile to the citizen's first placement (of all their placements, by start
     * date then id), for the citizens whose first placement passes the filters, starts in the
     * period and not before the profile was created.
     */
    private static final String DAYS_TO_FIRST = """
            SELECT '%s', NULL,
                   CAST(PERCENTILE_CONT(%s) WITHIN GROUP (ORDER BY days_from_profile) AS DOUBLE PRECISION),
                   COUNT(*), COUNT(DISTINCT citizen_id)
              FROM (SELECT citizen_id, chosen, started, days_from_profile,
                           ROW_NUMBER() OVER (PARTITION BY citizen_id ORDER BY start_date, id) AS n
                      FROM placement_all) f
             WHERE n = 1 AND chosen = 1 AND started = 1 AND days_from_profile >= 0""";

    /**
     * Of the courses that ended in work in the period at least M months before today, the share
     * whose job had not ended on or before the day M calendar months after the ending.
     */
    private static final String RETENTION = """
            SELECT 'RETENTION_%1$d_MONTHS', NULL,
                   CAST(SUM(CASE WHEN job_ended_on IS NULL
                                   OR job_ended_on > CAST(end_date + INTERVAL '%1$d' MONTH AS DATE)
                                 THEN 1 ELSE 0 END) AS DOUBLE PRECISION) / NULLIF(COUNT(*), 0),
                   COUNT(*), COUNT(DISTINCT citizen_id)
              FROM placement CROSS JOIN q
             WHERE ended_in_period = 1 AND end_type IN ('HIRED', 'ORDINARY_HOURS')
               AND CAST(end_date + INTERVAL '%1$d' MONTH AS DATE) <= q.today""";

    /** The mean first and latest value of a measure over the placements started in the period with one. */
    private static final String MEASURE = """
            SELECT '%1$s_FIRST_MEAN', NULL, CAST(SUM(m.first_value) AS DOUBLE PRECISION) / NULLIF(COUNT(*), 0),
                   COUNT(*), COUNT(DISTINCT p.citizen_id)
              FROM placement p JOIN %2$s m ON m.agreement_id = p.id WHERE p.started = 1
            UNION ALL
            SELECT '%1$s_LATEST_MEAN', NULL, CAST(SUM(m.latest_value) AS DOUBLE PRECISION) / NULLIF(COUNT(*), 0),
                   COUNT(*), COUNT(DISTINCT p.citizen_id)
              FROM placement p JOIN %2$s m ON m.agreement_id = p.id WHERE p.started = 1""";

    static final String SQL = "WITH " + String.join(",\n", PARAMETERS, PLACEMENTS, CLAUSES,
            FIRST_AND_LATEST.formatted("course_hours", "actual_hours", "NOT aftercare"),
            FIRST_AND_LATEST.formatted("who5", "who5", "TRUE"),
            FIRST_AND_LATEST.formatted("gse", "gse", "TRUE"))
            + "\n" + FIGURES.formatted(OutcomeFigures.UNCODED,
                    DAYS_TO_FIRST.formatted("DAYS_TO_FIRST_PLACEMENT_MEDIAN", "0.5") + "\nUNION ALL\n"
                            + DAYS_TO_FIRST.formatted("DAYS_TO_FIRST_PLACEMENT_P75", "0.75"),
                    OutcomeFigures.RETENTION_MONTHS.stream().map(RETENTION::formatted)
                            .collect(Collectors.joining("\nUNION ALL\n")),
                    MEASURE.formatted("WHO5", "who5") + "\nUNION ALL\n" + MEASURE.formatted("GSE", "gse"),
                    Visits.MINIMUM);

    private final JdbcOperations jdbc;

    OutcomeQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every figure's aggregate by "FIGURE" or "FIGURE/group"; a group nobody is in has no entry. */
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
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    double value = rows.getDouble(3);
                    Double present = rows.wasNull() ? null : value;
                    aggregates.put(key(rows.getString(1), rows.getString(2)),
                            new Aggregate(present, rows.getLong(4), rows.getLong(5)));
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
