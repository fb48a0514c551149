package dk.jobmatch.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Row counts straight from the database, to prove a failed request stored nothing. */
public final class Tables {

    private final DataSource dataSource;

    public Tables(DataSource dataSource) {
        // The injected bean is transaction-aware; counting needs a plain pooled connection.
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    public long count(String table) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes rows directly, to set up data as an older version of the service wrote it. */
    public int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An employer with one open need, as rows (for data set up as an older version or a benchmark writes it). */
    public void employerWithNeed(String employerId, String cvr, String needId, java.sql.Timestamp at) {
        execute("INSERT INTO employer (id, name, cvr, created_at) VALUES (?, ?, ?, ?)", employerId,
                "Arbejdsgiver " + cvr, cvr, at);
        execute("INSERT INTO need (id, employer_id, title, placement_type, status, hours_min, hours_max,"
                + " non_negotiables, flexibilities, created_at, updated_at)"
                + " VALUES (?, ?, 'Pakning', 'TRAENING', 'OPEN', 5, 15, '', '', ?, ?)", needId, employerId, at, at);
    }

    /** The rows a query answers, each as its column values (dates as yyyy-mm-dd text), in the query's order. */
    public List<List<Object>> rows(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        row.add(value instanceof java.sql.Date date ? date.toLocalDate().toString() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts of every table a failed write could touch, as one comparable string. */
    public String writeFootprint() {
        return "employer=" + count("employer") + " employer_contact=" + count("employer_contact")
                + " account=" + count("account") + " need=" + count("need")
                + " need_task=" + count("need_task") + " citizen=" + count("citizen")
                + " citizen_job_goal=" + count("citizen_job_goal") + " audit_entry=" + count("audit_entry")
                + " agreement=" + count("agreement") + " agreement_version=" + count("agreement_version")
                + " agreement_clause=" + count("agreement_clause")
                + " agreement_planned_visit=" + count("agreement_planned_visit")
                + " agreement_approval=" + count("agreement_approval")
                + " agreement_follow_up=" + count("agreement_follow_up") + " agreement_event=" + count("agreement_event")
                + " capacity_hold=" + count("capacity_hold") + " match_exclusion=" + count("match_exclusion")
                + " citizen_team_member=" + count("citizen_team_member") + " notification=" + count("notification")
                + " introduction=" + count("introduction") + " concept_edit=" + count("concept_edit")
                + " outbox=" + count("outbox");
    }
}
