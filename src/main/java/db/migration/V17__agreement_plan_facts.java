package db.migration;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The plan facts the outcome figures aggregate in SQL, as columns and rows beside each version's
 * JSON: the start date and start hours on the version row, the progression clauses (due date,
 * hours, effectiveness) and the planned workplace visits as rows of their own. They are facts of
 * the version, written with it from now on (AgreementStore), never changed afterwards; this fills
 * them in for every version stored before.
 *
 * <p>Java, not SQL, because H2 and PostgreSQL cannot read JSON text with the same SQL. This class
 * must not use the application's code: it is frozen as the V17 the databases ran. The JSON is
 * read with jackson-core alone, into maps and lists.
 */
public class V17__agreement_plan_facts extends BaseJavaMigration {

    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE agreement_version ADD COLUMN start_date DATE");
            ddl.execute("ALTER TABLE agreement_version ADD COLUMN hours_per_week DOUBLE PRECISION");
            ddl.execute("CREATE TABLE agreement_clause ("
                    + " id VARCHAR(36) PRIMARY KEY,"
                    + " version_id VARCHAR(36) NOT NULL REFERENCES agreement_version (id) ON DELETE CASCADE,"
                    + " ordinal INTEGER NOT NULL,"
                    + " due_date DATE NOT NULL,"
                    + " hours_per_week DOUBLE PRECISION NOT NULL,"
                    + " effectiveness_percent INTEGER NOT NULL,"
                    + " CONSTRAINT uq_agreement_clause UNIQUE (version_id, ordinal))");
            ddl.execute("CREATE TABLE agreement_planned_visit ("
                    + " id VARCHAR(36) PRIMARY KEY,"
                    + " version_id VARCHAR(36) NOT NULL REFERENCES agreement_version (id) ON DELETE CASCADE,"
                    + " ordinal INTEGER NOT NULL,"
                    + " visit_date DATE NOT NULL,"
                    + " CONSTRAINT uq_agreement_planned_visit UNIQUE (version_id, ordinal))");
        }
        try (Statement query = connection.createStatement();
             ResultSet rows = query.executeQuery("SELECT id, content FROM agreement_version");
             PreparedStatement version = connection.prepareStatement(
                     "UPDATE agreement_version SET start_date = ?, hours_per_week = ? WHERE id = ?");
             PreparedStatement clause = connection.prepareStatement("INSERT INTO agreement_clause"
                     + " (id, version_id, ordinal, due_date, hours_per_week, effectiveness_percent)"
                     + " VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement visit = connection.prepareStatement("INSERT INTO agreement_planned_visit"
                     + " (id, version_id, ordinal, visit_date) VALUES (?, ?, ?, ?)")) {
            while (rows.next()) {
                String id = rows.getString("id");
                Map<?, ?> content = (Map<?, ?>) read(rows.getString("content"));
                version.setDate(1, date(content.get("startDate")));
                version.setDouble(2, number(content.get("hoursPerWeek")));
                version.setString(3, id);
                version.addBatch();
                int ordinal = 0;
                for (Object item : list(content.get("progression"))) {
                    Map<?, ?> step = (Map<?, ?>) item;
                    clause.setString(1, UUID.randomUUID().toString());
                    clause.setString(2, id);
                    clause.setInt(3, ordinal++);
                    clause.setDate(4, date(step.get("dueDate")));
                    clause.setDouble(5, number(step.get("hoursPerWeek")));
                    clause.setInt(6, (int) number(step.get("effectivenessPercent")));
                    clause.addBatch();
                }
                Object plan = content.get("followUp");
                ordinal = 0;
                for (Object day : plan instanceof Map<?, ?> p ? list(p.get("companyVisits")) : List.of()) {
                    visit.setString(1, UUID.randomUUID().toString());
                    visit.setString(2, id);
                    visit.setInt(3, ordinal++);
                    visit.setDate(4, date(day));
                    visit.addBatch();
                }
            }
            version.executeBatch();
            clause.executeBatch();
            visit.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("ALTER TABLE agreement_version ALTER COLUMN start_date SET NOT NULL");
            ddl.execute("ALTER TABLE agreement_version ALTER COLUMN hours_per_week SET NOT NULL");
            // The outcome figures join clauses and visits to the versions in force.
            ddl.execute("CREATE INDEX ix_agreement_clause_version ON agreement_clause (version_id)");
            ddl.execute("CREATE INDEX ix_agreement_planned_visit_version ON agreement_planned_visit (version_id)");
        }
    }

    private static Date date(Object text) {
        return Date.valueOf(java.time.LocalDate.parse((String) text));
    }

    /** A number as the service reads it; an absent one (an int the JSON left out) reads as 0. */
    private static double number(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static Object read(String text) throws IOException {
        try (JsonParser parser = JSON.createParser(text)) {
            parser.nextToken();
            return value(parser);
        }
    }

    /** The value at the parser's current token, as maps, lists, strings, numbers, booleans and nulls. */
    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                object.put(name, value(parser));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(parser));
            }
            return array;
        }
        return switch (token) {
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            default -> null;
        };
    }
}
