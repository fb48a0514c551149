package dk.jobmatch.citizen;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Profiles' rows read with plain JDBC, the read side of {@link CitizenInserts}: the index reads back
 * every profile a bulk import writes, and a repository maps each row through introspection,
 * prepares each query anew and takes a connection of its own, which was two fifths of reading a
 * batch back (docs/performance.md). Here the four tables of a batch are read on one connection
 * (the caller's transaction's, if any) and each column by its position. {@code CitizenReadsTest}
 * holds the rows to the repositories' reading of the same tables.
 */
@Singleton
class CitizenReads {

    /** A batch of profiles' rows, each table's in the order its query gives them. */
    record Rows(List<CitizenRow> citizens, List<JobGoalRow> goals, List<TeamMemberRow> team,
                List<MeasuredCapacityRow> measured) {

        static final Rows NONE = new Rows(List.of(), List.of(), List.of(), List.of());
    }

    private static final String CITIZEN = "SELECT " + String.join(", ", CitizenInserts.CITIZEN) + " FROM citizen";
    private static final String GOALS = "SELECT " + String.join(", ", CitizenInserts.GOAL) + " FROM citizen_job_goal";
    private static final String TEAM = "SELECT " + String.join(", ", CitizenInserts.TEAM) + " FROM citizen_team_member";
    private static final String MEASURED = "SELECT citizen_id, hours_per_week, effectiveness_percent, measured_on,"
            + " agreement_id FROM citizen_measured";

    private final JdbcOperations jdbc;

    CitizenReads(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** The profiles with these ids (unknown ones are not there). */
    Rows byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Rows.NONE;
        }
        return read(CITIZEN + " WHERE id IN (" + placeholders(ids.size()) + ")", List.copyOf(ids));
    }

    /** Up to {@code limit} profiles of one postcode, by id. */
    Rows livingIn(String postcode, int limit) {
        return read(CITIZEN + " WHERE postcode = ? ORDER BY id LIMIT ?", List.of(postcode, limit));
    }

    /** Up to {@code limit} profiles after {@code afterId} in id order. */
    Rows batchAfter(String afterId, int limit) {
        return read(CITIZEN + " WHERE id > ? ORDER BY id LIMIT ?", List.of(afterId, limit));
    }

    private Rows read(String citizenQuery, List<Object> parameters) {
        return jdbc.execute(connection -> {
            try {
                List<CitizenRow> citizens = query(connection, citizenQuery, parameters, CitizenReads::citizen);
                if (citizens.isEmpty()) {
                    return Rows.NONE;
                }
                List<Object> ids = citizens.stream().<Object>map(CitizenRow::id).toList();
                String in = " WHERE citizen_id IN (" + placeholders(ids.size()) + ")";
                return new Rows(citizens,
                        query(connection, GOALS + in + " ORDER BY ordinal", ids, CitizenReads::goal),
                        query(connection, TEAM + in + " ORDER BY ordinal", ids, CitizenReads::member),
                        query(connection, MEASURED + in, ids, CitizenReads::measured));
            } catch (SQLException e) {
                throw new DataAccessException("reading profiles failed: " + e.getMessage(), e);
            }
        });
    }

    private interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(Connection connection, String sql, List<Object> parameters, Row<T> row)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> read = new ArrayList<>();
                while (rows.next()) {
                    read.add(row.read(rows));
                }
                return read;
            }
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    /** In the column order of {@link CitizenInserts#CITIZEN}. */
    private static CitizenRow citizen(ResultSet row) throws SQLException {
        return new CitizenRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9),
                row.getDouble(10), row.getDouble(11), row.getObject(12, Integer.class), row.getString(13),
                row.getString(14), row.getObject(15, Double.class), row.getObject(16, Double.class),
                row.getObject(17, Double.class), row.getBoolean(18),
                row.getObject(19, OffsetDateTime.class).toInstant(), row.getObject(20, OffsetDateTime.class).toInstant());
    }

    private static JobGoalRow goal(ResultSet row) throws SQLException {
        return new JobGoalRow(row.getString(1), row.getString(2), row.getInt(3), row.getString(4), row.getString(5));
    }

    private static TeamMemberRow member(ResultSet row) throws SQLException {
        return new TeamMemberRow(row.getString(1), row.getString(2), row.getInt(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7));
    }

    private static MeasuredCapacityRow measured(ResultSet row) throws SQLException {
        return new MeasuredCapacityRow(row.getString(1), row.getDouble(2), row.getObject(3, Integer.class),
                row.getObject(4, LocalDate.class), row.getString(5));
    }
}
