package dk.jobmatch.support;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves which database a run of the suite really used, and that Flyway brought it to the latest version. */
@ServerTest
class DatabaseUnderTestTest {

    @Inject
    DataSource dataSource;

    @Test
    void theRunUsesTheDatabaseItNamesWithEveryMigrationApplied() throws SQLException {
        String expected = "postgres".equals(System.getProperty("jobmatch.test.database")) ? "PostgreSQL" : "H2";
        try (Connection connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo(expected);
        }
        assertThat(new Tables(dataSource).count("\"flyway_schema_history\" WHERE \"success\"")).isGreaterThanOrEqualTo(7);
    }
}
