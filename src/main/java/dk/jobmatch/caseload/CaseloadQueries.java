package dk.jobmatch.caseload;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The caseload figures as SQL aggregates (H2 and PostgreSQL), each grouped by consultant for a
 * set of usernames, so that one consultant and a page of them cost the same three queries. The
 * caller runs them in a transaction.
 */
@Singleton
class CaseloadQueries {

    /**
     * A consultant's current agreements: not ended (ORDINARY_HOURS, HIRED), stopped or expired;
     * deleted drafts are gone. The agreement's consultant column holds the username.
     */
    static final String CURRENT_AGREEMENTS = "SELECT consultant, citizen_id FROM agreement"
            + " WHERE status IN ('DRAFT', 'ACTIVE')";

    /**
     * Who is in process with whom: (consultant, citizen) pairs. The citizens of the current
     * agreements and those the consultant proposed to an employer who has not answered yet (an
     * open introduction); another source is one more {@code UNION SELECT consultant, citizen_id ...}
     * here, and the distinct count stays right.
     */
    static final String CITIZENS_IN_PROCESS = CURRENT_AGREEMENTS
            + " UNION SELECT proposed_by AS consultant, citizen_id FROM introduction WHERE status = 'PROPOSED'";

    private final JdbcOperations jdbc;

    CaseloadQueries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Long> activeAgreements(Collection<String> consultants) {
        return countsBy("SELECT consultant, COUNT(*) FROM (" + CURRENT_AGREEMENTS + ") current_agreement"
                + " WHERE consultant IN (%s) GROUP BY consultant", consultants);
    }

    /** Distinct citizens in process per consultant; see {@link #CITIZENS_IN_PROCESS}. */
    Map<String, Long> citizensInProcess(Collection<String> consultants) {
        return countsBy("SELECT consultant, COUNT(DISTINCT citizen_id) FROM (" + CITIZENS_IN_PROCESS + ") in_process"
                + " WHERE consultant IN (%s) GROUP BY consultant", consultants);
    }

    Map<String, Long> employersOwned(Collection<String> consultants) {
        return countsBy("SELECT owner_username, COUNT(*) FROM employer WHERE owner_username IN (%s)"
                + " GROUP BY owner_username", consultants);
    }

    /** Runs a grouped count with one bound parameter per username; usernames with no rows are left out. */
    private Map<String, Long> countsBy(String sql, Collection<String> consultants) {
        if (consultants.isEmpty()) {
            return Map.of();
        }
        List<String> names = List.copyOf(consultants);
        String placeholders = String.join(", ", java.util.Collections.nCopies(names.size(), "?"));
        return jdbc.prepareStatement(sql.formatted(placeholders), statement -> read(statement, names));
    }

    private static Map<String, Long> read(PreparedStatement statement, List<String> names) throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            statement.setString(i + 1, names.get(i));
        }
        Map<String, Long> counts = new HashMap<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}
