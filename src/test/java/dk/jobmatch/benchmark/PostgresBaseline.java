package dk.jobmatch.benchmark;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.Qualification;
import org.postgresql.PGConnection;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Collectors;

/**
 * What a municipality could build in a day (issue 23): the same profiles in one PostgreSQL table,
 * full-text search over the profile's text with the {@code danish} configuration and a GIN index,
 * and the same hard filters in SQL (consent, qualifications, hour overlap, the citizen's own travel
 * limit as a haversine distance behind a bounding-box prefilter on a B-tree over lat/lon), ranked by
 * {@code ts_rank}, top 10. It runs against the PostgreSQL in {@code JOBMATCH_TEST_PG_URL} (or
 * {@code -Dbench.pg-url}), which {@code ./jobmatch bench} starts as the PostgreSQL test run does.
 */
final class PostgresBaseline implements AutoCloseable {

    private static final String TABLE = "bench_citizen";
    private static final String QUERY = """
            SELECT id, ts_rank(tsv, q) AS rank
            FROM bench_citizen, to_tsquery('danish', ?) AS q
            WHERE tsv @@ q AND consent AND qualifications @> ?::text[]
              AND hours_min <= ? AND hours_max >= ?
              AND (? OR lat IS NULL OR max_travel_km IS NULL
                   OR (lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?
                       AND 6371.0088 * 2 * asin(sqrt(power(sin(radians(lat - ?) / 2), 2)
                           + cos(radians(?)) * cos(radians(lat)) * power(sin(radians(lon - ?) / 2), 2)))
                           <= max_travel_km + 0.5))
            ORDER BY rank DESC, id
            LIMIT ?""";

    /** The question as the floor query asks it: words (any), required qualifications, hours, workplace. */
    record Question(String words, Set<Qualification> required, HourRange hours, Place workplace) {
    }

    private final String url;
    private final BlockingQueue<Connection> connections;
    private double widestKm;

    private PostgresBaseline(String url, int clients) throws SQLException {
        this.url = url;
        this.connections = new ArrayBlockingQueue<>(clients);
        for (int i = 0; i < clients; i++) {
            connections.add(DriverManager.getConnection(url));
        }
    }

    /** The configured server, or null (the benchmark then reports the baseline as skipped). */
    static String configuredUrl() {
        String url = System.getProperty("bench.pg-url", System.getenv("JOBMATCH_TEST_PG_URL"));
        return url == null || url.isBlank() ? null : url;
    }

    static PostgresBaseline connect(String url, int clients) throws SQLException {
        return new PostgresBaseline(url, clients);
    }

    /**
     * Replaces the table with these profiles (one COPY per batch, so a million never sit in memory
     * at once), then builds the indexes and statistics; returns how many were loaded.
     */
    long load(Iterator<List<Citizen>> batches) throws Exception {
        long loaded = 0;
        try (Connection connection = DriverManager.getConnection(url); Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS " + TABLE);
            ddl.execute("CREATE TABLE " + TABLE + " (id text PRIMARY KEY, consent boolean NOT NULL,"
                    + " qualifications text[] NOT NULL, hours_min double precision NOT NULL,"
                    + " hours_max double precision NOT NULL, lat double precision, lon double precision,"
                    + " max_travel_km double precision, profile text NOT NULL,"
                    + " tsv tsvector GENERATED ALWAYS AS (to_tsvector('danish', profile)) STORED)");
            while (batches.hasNext()) {
                StringBuilder rows = new StringBuilder();
                for (Citizen citizen : batches.next()) {
                    rows.append(copyLine(citizen.forMatching()));
                    loaded++;
                }
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + TABLE
                        + " (id, consent, qualifications, hours_min, hours_max, lat, lon, max_travel_km, profile)"
                        + " FROM STDIN", new StringReader(rows.toString()));
            }
            ddl.execute("CREATE INDEX bench_citizen_tsv ON " + TABLE + " USING gin (tsv)");
            ddl.execute("CREATE INDEX bench_citizen_lat_lon ON " + TABLE + " (lat, lon)");
            ddl.execute("VACUUM ANALYZE " + TABLE);
            try (ResultSet widest = ddl.executeQuery("SELECT coalesce(max(max_travel_km), 0) FROM " + TABLE)) {
                widest.next();
                widestKm = widest.getDouble(1) + 0.5;
            }
        }
        return loaded;
    }

    private static String copyLine(Citizen citizen) {
        HourRange left = citizen.hoursPerWeek();
        Place home = citizen.location();
        boolean located = home != null && home.hasCoordinates();
        return String.join("\t", citizen.id(), String.valueOf(citizen.consent()),
                citizen.qualifications().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}")),
                String.valueOf(left.min()), String.valueOf(Math.max(left.min(), left.max())),
                located ? String.valueOf(home.lat()) : "\\N", located ? String.valueOf(home.lon()) : "\\N",
                citizen.maxTravelKm() == null ? "\\N" : String.valueOf(citizen.maxTravelKm()),
                escape(citizen.profileText())) + "\n";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The top {@code limit} citizen ids; empty when the question has no word to search for. */
    List<String> top(Question question, int limit) throws Exception {
        String words = Arrays.stream(question.words().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).distinct().collect(Collectors.joining(" | "));
        if (words.isEmpty()) {
            return List.of();
        }
        Connection connection = connections.take();
        try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setString(1, words);
            statement.setArray(2, connection.createArrayOf("text",
                    question.required().stream().map(Enum::name).toArray()));
            statement.setDouble(3, question.hours().max());
            statement.setDouble(4, question.hours().min());
            Place work = question.workplace();
            boolean located = work != null && work.hasCoordinates();
            // No workplace: no distance filter, as the index then has no Reaches criterion.
            statement.setBoolean(5, !located);
            double lat = located ? work.lat() : 0;
            double lon = located ? work.lon() : 0;
            double dLat = widestKm / 111.2;
            double dLon = widestKm / (111.2 * Math.cos(Math.toRadians(lat)));
            double[] box = {lat - dLat, lat + dLat, lon - dLon, lon + dLon, lat, lat, lon};
            for (int i = 0; i < box.length; i++) {
                statement.setDouble(6 + i, box[i]);
            }
            statement.setInt(13, limit);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        } finally {
            connections.add(connection);
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) {
            connection.close();
        }
    }
}
