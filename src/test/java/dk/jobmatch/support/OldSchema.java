package dk.jobmatch.support;

import org.flywaydb.core.Flyway;

import java.util.Map;

/**
 * A database migrated only up to an old version, with no application around it, for a migration
 * test's rows "as that version left them". Starting today's application on an old schema would run
 * today's start-up code (the vocabulary in force, seeding, the index) against tables it does not
 * have yet; Flyway alone is what an upgrade starts from.
 */
public final class OldSchema {

    private OldSchema() {
    }

    /**
     * The database of {@code properties} ({@code datasources.default.url}, an in-memory H2 one, or
     * its PostgreSQL schema in the suite's PostgreSQL run) migrated to {@code target}.
     */
    public static Tables at(Map<String, Object> properties, String target) {
        String url = PostgresInsteadOfH2.urlFor((String) properties.get("datasources.default.url"));
        boolean postgres = PostgresInsteadOfH2.active();
        Flyway flyway = Flyway.configure().dataSource(url, postgres ? null : "sa", postgres ? null : "")
                .target(target).load();
        flyway.migrate();
        return new Tables(flyway.getConfiguration().getDataSource());
    }
}
