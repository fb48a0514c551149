package dk.jobmatch.support;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

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

    /** The H2 database of {@code properties} ({@code datasources.default.url}) migrated to {@code target}. */
    public static Tables at(Map<String, Object> properties, String target) {
        JdbcDataSource data = new JdbcDataSource();
        data.setURL((String) properties.get("datasources.default.url"));
        data.setUser("sa");
        data.setPassword("");
        Flyway.configure().dataSource(data).target(target).load().migrate();
        return new Tables(data);
    }
}
