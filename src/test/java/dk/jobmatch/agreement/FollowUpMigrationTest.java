package dk.jobmatch.agreement;

import dk.jobmatch.support.OldSchema;
import dk.jobmatch.support.OwnStorage;
import dk.jobmatch.support.Api;
import dk.jobmatch.support.Tables;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Follow-ups recorded before V12 read as course follow-ups without format or measures, and V12
 * gives each citizen the measured capacity of their latest one (by date, then by when recorded,
 * over all their agreements).
 */
@Tag(Tiers.SERVER)
class FollowUpMigrationTest {

    static final LocalDate START = LocalDate.now(ZoneOffset.UTC).minusDays(60);
    static final Instant EARLIER = Instant.now().minusSeconds(7200);
    static final Instant LATER = Instant.now().minusSeconds(3600);

    @TempDir
    Path dir;

    @Test
    void followUpsFromBeforeV12ReadAsBeforeAndGiveEachCitizenTheirLatest() {
        Map<String, Object> sameData = OwnStorage.inMemory(dir, "v12",
                "micronaut.server.port", -1);
        String twoCourses = UUID.randomUUID().toString();
        String noFollowUp = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();

        // The database as V10 left it: Flyway wants a target that exists, and V11 (the events' reason
        // codes) changes no table written here.
        Tables tables = OldSchema.at(sameData, "10");
        String employer = UUID.randomUUID().toString();
        tables.execute("INSERT INTO employer (id, name, cvr, created_at) VALUES (?, 'Før V12 ApS', '12121212', ?)",
                employer, Timestamp.from(EARLIER));
        String need = UUID.randomUUID().toString();
        tables.execute("INSERT INTO need (id, employer_id, title, placement_type, status, hours_min, hours_max,"
                + " non_negotiables, flexibilities, created_at, updated_at)"
                + " VALUES (?, ?, 'Pakning', 'TRAENING', 'OPEN', 5, 15, '', '', ?, ?)",
                need, employer, Timestamp.from(EARLIER), Timestamp.from(EARLIER));
        citizen(tables, twoCourses);
        citizen(tables, noFollowUp);
        agreement(tables, first, twoCourses, need, employer);
        agreement(tables, second, twoCourses, need, employer);
        followUp(tables, first, START.plusDays(14), 9, 75, EARLIER);
        followUp(tables, second, START.plusDays(30), 10.5, 80, LATER);
        followUp(tables, second, START.plusDays(30), 10, 78, EARLIER);  // the same day, written up first
        followUp(tables, first, START.plusDays(28), 12, 85, LATER);

        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, sameData, "test")) {
            Api api = new Api(server.getPort());
            String consultant = api.consultant();
            api.as(consultant).get("/api/v1/citizens/" + twoCourses).then().statusCode(200)
                    .body("measured.hoursPerWeek", equalTo(10.5f)).body("measured.effectivenessPercent", equalTo(80))
                    .body("measured.date", equalTo(START.plusDays(30).toString()))
                    .body("measured.agreementId", equalTo(second));
            api.as(consultant).get("/api/v1/citizens/" + noFollowUp).then().statusCode(200)
                    .body("$", not(hasKey("measured")));
            api.as(consultant).get("/api/v1/agreements/" + first + "/progress").then().statusCode(200)
                    .body("lastFollowUpDate", equalTo(START.plusDays(28).toString()))
                    .body("visits.done", equalTo(0)).body("measures.who5", equalTo(Map.of()))
                    .body("$", not(hasKey("aftercare")));
            api.as(consultant).body(Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "actualHoursPerWeek", 6,
                            "stillEmployed", true))
                    .post("/api/v1/agreements/" + first + "/follow-ups").then().statusCode(422)
                    .body("errors.field", org.hamcrest.Matchers.contains("stillEmployed"));
        }
    }

    private static void citizen(Tables tables, String id) {
        tables.execute("INSERT INTO citizen (id, external_ref, competences, qualifications, accommodations, hours_min,"
                        + " hours_max, effectiveness_percent, consent, created_at, updated_at)"
                        + " VALUES (?, ?, 'pakning', '', '', 6, 12, 75, TRUE, ?, ?)",
                id, "sag-" + id.substring(0, 8), Timestamp.from(EARLIER), Timestamp.from(EARLIER));
    }

    /** An ACTIVE agreement with the Thisted plan's first version. */
    private static void agreement(Tables tables, String id, String citizen, String need, String employer) {
        tables.execute("INSERT INTO agreement (id, citizen_id, need_id, employer_id, consultant, status, version,"
                        + " in_force_version, created_at, updated_at) VALUES (?, ?, ?, ?, 'consultant', 'ACTIVE', 1, 1, ?, ?)",
                id, citizen, need, employer, Timestamp.from(EARLIER), Timestamp.from(EARLIER));
        String content = """
                {"placementType":"TRAENING","startDate":"%s","hoursPerWeek":9.0,"effectivenessPercent":75,
                 "tasks":[{"taskId":"t1","title":"Pakning","hoursPerWeek":12.0,"paid":false}],"accommodations":[],
                 "accommodationText":[],"goals":[],"progression":[{"dueDate":"%s","hoursPerWeek":12.0,
                 "effectivenessPercent":85}],"followUp":{"cadenceDays":14,"nextDate":"%s","companyVisits":[]},
                 "citizen":{"name":"Borger"},"employer":{"name":"Før V12 ApS"},"contactPerson":{},
                 "consultant":{"name":"consultant"}}""".formatted(START, START.plusWeeks(6), START.plusDays(14));
        tables.execute("INSERT INTO agreement_version (id, agreement_id, version, content, created_by, created_at)"
                + " VALUES (?, ?, 1, ?, 'consultant', ?)", UUID.randomUUID().toString(), id, content,
                Timestamp.from(EARLIER));
    }

    private static void followUp(Tables tables, String agreement, LocalDate date, double hours, int effectiveness,
                                 Instant recorded) {
        tables.execute("INSERT INTO agreement_follow_up (id, agreement_id, follow_up_date, actual_hours,"
                        + " effectiveness_percent, recorded_by, created_at) VALUES (?, ?, ?, ?, ?, 'consultant', ?)",
                UUID.randomUUID().toString(), agreement, Date.valueOf(date), hours, effectiveness,
                Timestamp.from(recorded));
    }
}
