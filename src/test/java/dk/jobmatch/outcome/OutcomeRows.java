package dk.jobmatch.outcome;

import dk.jobmatch.support.Tables;
import io.micronaut.core.annotation.Nullable;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Placements written straight into the tables the outcome figures aggregate, as the agreement
 * store writes them (a version in force with its plan facts, follow-ups, events), so a test can
 * state each placement's facts exactly. Citizens and employers are made on first mention.
 */
final class OutcomeRows {

    static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

    private final Tables tables;
    private final Set<String> citizens = new HashSet<>();
    private final Set<String> employers = new HashSet<>();
    private long recorded;

    OutcomeRows(Tables tables) {
        this.tables = tables;
    }

    /** A citizen's profile, created at noon (UTC) of {@code created}, in a target group (null: none). */
    void citizen(String id, @Nullable String targetGroup, LocalDate created) {
        Timestamp at = Timestamp.from(created.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        tables.execute("INSERT INTO citizen (id, external_ref, competences, qualifications, accommodations, hours_min,"
                        + " hours_max, target_group, consent, created_at, updated_at)"
                        + " VALUES (?, ?, 'pakning', '', '', 6, 12, ?, TRUE, ?, ?)",
                id, "sag-" + id, targetGroup, at, at);
        citizens.add(id);
    }

    /** A placement: agreement {@code id} in force at version 1, starting on {@code start} at these hours. */
    void placement(String id, String citizenId, String employerId, LocalDate start, double hours) {
        if (!citizens.contains(citizenId)) {
            citizen(citizenId, null, LONG_AGO);
        }
        if (employers.add(employerId)) {
            tables.employerWithNeed(employerId, "%08d".formatted(employers.size()), "need-" + employerId,
                    Timestamp.from(Instant.EPOCH));
        }
        Timestamp now = Timestamp.from(Instant.EPOCH);
        tables.execute("INSERT INTO agreement (id, citizen_id, need_id, employer_id, consultant, status, version,"
                        + " in_force_version, created_at, updated_at) VALUES (?, ?, ?, ?, 'konsulent', 'ACTIVE', 1, 1, ?, ?)",
                id, citizenId, "need-" + employerId, employerId, now, now);
        tables.execute("INSERT INTO agreement_version (id, agreement_id, version, content, created_by, created_at,"
                        + " start_date, hours_per_week) VALUES (?, ?, 1, '{}', 'konsulent', ?, ?, ?)",
                version(id), id, now, Date.valueOf(start), hours);
    }

    void clause(String agreementId, int ordinal, LocalDate due, double hours, int effectiveness) {
        tables.execute("INSERT INTO agreement_clause (id, version_id, ordinal, due_date, hours_per_week,"
                        + " effectiveness_percent) VALUES (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), version(agreementId), ordinal, Date.valueOf(due), hours, effectiveness);
    }

    void plannedVisit(String agreementId, int ordinal, LocalDate day) {
        tables.execute("INSERT INTO agreement_planned_visit (id, version_id, ordinal, visit_date) VALUES (?, ?, ?, ?)",
                UUID.randomUUID().toString(), version(agreementId), ordinal, Date.valueOf(day));
    }

    /** A follow-up of the course (not aftercare), recorded after every one before it. */
    void followUp(String agreementId, LocalDate date, double hours, @Nullable Integer effectiveness,
                  @Nullable String format, @Nullable Integer who5, @Nullable Integer gse) {
        tables.execute("INSERT INTO agreement_follow_up (id, agreement_id, follow_up_date, actual_hours,"
                        + " effectiveness_percent, follow_up_format, who5, gse, aftercare, still_employed, recorded_by,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE, NULL, 'konsulent', ?)",
                UUID.randomUUID().toString(), agreementId, Date.valueOf(date), hours, effectiveness, format, who5, gse,
                nextRecorded());
    }

    void aftercare(String agreementId, LocalDate date, boolean stillEmployed) {
        tables.execute("INSERT INTO agreement_follow_up (id, agreement_id, follow_up_date, actual_hours,"
                        + " aftercare, still_employed, recorded_by, created_at)"
                        + " VALUES (?, ?, ?, 12, TRUE, ?, 'konsulent', ?)",
                UUID.randomUUID().toString(), agreementId, Date.valueOf(date), stillEmployed, nextRecorded());
    }

    void event(String agreementId, String type, LocalDate date, @Nullable String reasonCode) {
        tables.execute("INSERT INTO agreement_event (id, agreement_id, event_type, event_date, reason_code,"
                        + " recorded_by, created_at) VALUES (?, ?, ?, ?, ?, 'konsulent', ?)",
                UUID.randomUUID().toString(), agreementId, type, Date.valueOf(date), reasonCode, nextRecorded());
    }

    private Timestamp nextRecorded() {
        return Timestamp.from(Instant.EPOCH.plusSeconds(++recorded));
    }

    private static String version(String agreementId) {
        return "v1-" + agreementId;
    }
}
