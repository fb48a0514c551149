package dk.jobmatch.support;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The PostgreSQL run of the suite ({@code -Djobmatch.test.database=postgres}, with the server from
 * src/test/postgres/run-with-postgres.sh): each in-memory H2 database a test asks for becomes a
 * schema of that name in the local PostgreSQL. Test contexts stay isolated as with H2, and two
 * contexts naming the same database share it, as two replicas share one PostgreSQL.
 */
@Singleton
class PostgresInsteadOfH2 implements BeanCreatedEventListener<DatasourceConfiguration> {

    private static final String H2_MEMORY = "jdbc:h2:mem:";

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        String url = urlFor(config.getJdbcUrl());
        if (url == null || url.equals(config.getJdbcUrl())) {
            return config;
        }
        config.setJdbcUrl(url);
        config.setDriverClassName("org.postgresql.Driver");
        config.setUsername(null);
        config.setPassword(null);
        return config;
    }

    /** Whether this is the PostgreSQL run of the suite. */
    static boolean active() {
        return "postgres".equals(System.getProperty("jobmatch.test.database"));
    }

    /**
     * The database a test's JDBC URL stands for in this run: in the PostgreSQL run an in-memory H2
     * URL becomes the URL of a schema of that name (created if need be), anything else is itself.
     */
    static String urlFor(String jdbcUrl) {
        String server = System.getenv("JOBMATCH_TEST_PG_URL");
        if (!active() || jdbcUrl == null || !jdbcUrl.startsWith(H2_MEMORY)) {
            return jdbcUrl;
        }
        if (server == null) {
            throw new IllegalStateException("jobmatch.test.database=postgres needs JOBMATCH_TEST_PG_URL"
                    + " (run the suite through src/test/postgres/run-with-postgres.sh)");
        }
        String name = jdbcUrl.substring(H2_MEMORY.length()).split(";")[0];
        String schema = "t_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        try (Connection connection = DriverManager.getConnection(server);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " in the test PostgreSQL", e);
        }
        return server + "&currentSchema=" + schema;
    }
}
