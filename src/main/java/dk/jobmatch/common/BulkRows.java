package dk.jobmatch.common;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Inserts rows of one table in the caller's transaction, for bulk import and the outbox: PostgreSQL's
 * {@code COPY ... FROM STDIN} (one round trip, no statement per row) in the production profile,
 * one JDBC batch elsewhere (H2). Values are Strings, numbers, Booleans, Instants or null; the
 * rows' generated keys are never read back.
 */
@Singleton
public class BulkRows {

    private final JdbcOperations jdbc;

    BulkRows(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** One row's values for {@link #insert}; unlike List.of, it takes nulls (absent optional columns). */
    public static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    /** Inserts {@code rows}, each holding one value per column, in the order of {@code columns}. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void insert(String table, List<String> columns, List<List<Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = jdbc.getConnection();
        try {
            if (connection.isWrapperFor(PGConnection.class)) {
                copy(connection.unwrap(PGConnection.class), table, columns, rows);
            } else {
                batch(connection, table, columns, rows);
            }
        } catch (SQLException e) {
            // As a repository's save reports it, so a constraint's refusal reads the same either way.
            throw new DataAccessException("bulk insert into " + table + " failed: " + e.getMessage(), e);
        }
    }

    private static void copy(PGConnection connection, String table, List<String> columns, List<List<Object>> rows)
            throws SQLException {
        StringBuilder text = new StringBuilder(rows.size() * 64 * columns.size());
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    text.append('\t');
                }
                appendCopyValue(text, row.get(i));
            }
            text.append('\n');
        }
        try {
            connection.getCopyAPI().copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN",
                    new StringReader(text.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** COPY's text format: \N for null, backslash escapes for the separators. */
    static void appendCopyValue(StringBuilder text, Object value) {
        switch (value) {
            case null -> text.append("\\N");
            case Boolean b -> text.append(b ? 't' : 'f');
            case Number n -> text.append(n);
            case Instant instant -> text.append(instant);
            default -> {
                String s = value.toString();
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    switch (c) {
                        case '\\' -> text.append("\\\\");
                        case '\t' -> text.append("\\t");
                        case '\n' -> text.append("\\n");
                        case '\r' -> text.append("\\r");
                        default -> text.append(c);
                    }
                }
            }
        }
    }

    private static void batch(Connection connection, String table, List<String> columns, List<List<Object>> rows)
            throws SQLException {
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (List<Object> row : rows) {
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    statement.setObject(i + 1,
                            value instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : value);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }
}
