package dk.jobmatch.benchmark;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The time of {@code GET /api/v1/outcomes} over a municipality's placements
 * ({@code -Dbench.placements}, 2 000 by default): each with a plan of three steps and four visits,
 * six follow-ups, and an ending for most. The rows are written as the service stored them before
 * V17 (the version's JSON only), so the same class measures the report before and after the plan
 * facts moved beside the JSON; V17 fills them in when the service starts. Prints the times; asserts
 * none. Run: {@code jm-mvn test -Dtest=OutcomeBenchmark -Dgroups=benchmark -DexcludedGroups=none}.
 */
@Tag(Tiers.SERVER)
@Tag(Tiers.BENCHMARK)
class OutcomeBenchmark {

    static final int PLACEMENTS = Integer.getInteger("bench.placements", 2000);
    static final int RUNS = 30;
    static final LocalDate FIRST = LocalDate.now().minusDays(800);

    @TempDir
    Path dir;

    @Test
    void outcomesOverAMunicipalitysPlacements() {
        Map<String, Object> sameData = OwnStorage.inMemory(dir, "outbench",
                "jobmatch.accounts.seed", false,
                "micronaut.server.port", -1);
        long written = System.nanoTime();
        write(OldSchema.at(sameData, "15"));
        System.out.printf("outcomes benchmark: %d placements written in %d ms%n", PLACEMENTS,
                (System.nanoTime() - written) / 1_000_000);
        Map<String, Object> seeded = new HashMap<>(sameData);
        seeded.put("jobmatch.accounts.seed", true);
        long started = System.nanoTime();
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, seeded, "test")) {
            System.out.printf("outcomes benchmark: started (with migrations) in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            Api api = new Api(server.getPort());
            String consultant = api.consultant();
            for (String query : List.of("", "?from=" + FIRST.plusDays(100) + "&to=" + FIRST.plusDays(465))) {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < RUNS + 5; i++) {
                    long t = System.nanoTime();
                    api.as(consultant).get("/api/v1/outcomes" + query).then().statusCode(200);
                    if (i >= 5) {
                        times.add((System.nanoTime() - t) / 1000);
                    }
                }
                times.sort(Long::compare);
                System.out.printf("outcomes benchmark: GET /api/v1/outcomes%s over %d placements: p50 %.1f ms,"
                                + " p90 %.1f ms, max %.1f ms (%d runs)%n", query, PLACEMENTS,
                        times.get(times.size() / 2) / 1000.0, times.get(times.size() * 9 / 10) / 1000.0,
                        times.getLast() / 1000.0, RUNS);
            }
        }
    }

    private static void write(Tables tables) {
        Random random = new Random(20);
        Timestamp then = Timestamp.from(Instant.parse("2020-01-01T10:00:00Z"));
        for (int e = 0; e < 20; e++) {
            tables.employerWithNeed("e" + e, "%08d".formatted(e), "n" + e, then);
        }
        String[] groups = {"FLEKSJOB", "AKTIVITETSPARAT", "INTEGRATION"};
        for (int i = 0; i < PLACEMENTS; i++) {
            LocalDate start = FIRST.plusDays(random.nextInt(700));
            String citizen = "c" + i;
            String agreement = "a" + i;
            tables.execute("INSERT INTO citizen (id, external_ref, competences, qualifications, accommodations,"
                    + " hours_min, hours_max, target_group, consent, created_at, updated_at)"
                    + " VALUES (?, ?, 'pakning', '', '', 6, 20, ?, TRUE, ?, ?)", citizen, "sag-" + i,
                    groups[i % 3], Timestamp.from(start.minusDays(20 + random.nextInt(200)).atStartOfDay()
                            .toInstant(java.time.ZoneOffset.UTC)), then);
            tables.execute("INSERT INTO agreement (id, citizen_id, need_id, employer_id, consultant, status, version,"
                    + " in_force_version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'ACTIVE', 1, 1, ?, ?)",
                    agreement, citizen, "n" + (i % 20), "e" + (i % 20), "konsulent" + (i % 7), then, then);
            double hours = 6 + random.nextInt(5);
            String content = """
                    {"placementType":"TRAENING","startDate":"%s","hoursPerWeek":%s,"effectivenessPercent":75,
                     "tasks":[{"taskId":"t1","title":"Pakning","hoursPerWeek":12.0,"paid":false}],"accommodations":[],
                     "accommodationText":[],"goals":[],"progression":[
                     {"dueDate":"%s","hoursPerWeek":%s,"effectivenessPercent":80},
                     {"dueDate":"%s","hoursPerWeek":%s,"effectivenessPercent":85},
                     {"dueDate":"%s","hoursPerWeek":%s,"effectivenessPercent":90}],
                     "followUp":{"cadenceDays":14,"nextDate":"%s","companyVisits":["%s","%s","%s","%s"]},
                     "citizen":{"name":"Borger"},"employer":{"name":"Arbejdsgiver"},"contactPerson":{},
                     "consultant":{"name":"konsulent"}}""".formatted(start, hours, start.plusWeeks(6), hours + 2,
                    start.plusWeeks(12), hours + 4, start.plusWeeks(18), hours + 6, start.plusDays(14),
                    start.plusWeeks(2), start.plusWeeks(8), start.plusWeeks(14), start.plusWeeks(20));
            tables.execute("INSERT INTO agreement_version (id, agreement_id, version, content, created_by, created_at)"
                    + " VALUES (?, ?, 1, ?, 'konsulent', ?)", "v" + i, agreement, content, then);
            for (int f = 1; f <= 6; f++) {
                tables.execute("INSERT INTO agreement_follow_up (id, agreement_id, follow_up_date, actual_hours,"
                        + " effectiveness_percent, follow_up_format, who5, gse, recorded_by, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'konsulent', ?)", "f" + i + "-" + f, agreement,
                        Date.valueOf(start.plusWeeks(3L * f)), hours + random.nextInt(7), 70 + random.nextInt(25),
                        f % 3 == 0 ? "WORKPLACE_VISIT" : "PHONE", f % 2 == 0 ? 30 + random.nextInt(60) : null,
                        f == 1 || f == 6 ? 15 + random.nextInt(20) : null, Timestamp.from(then.toInstant()
                                .plusSeconds(i * 10L + f)));
            }
            int ending = random.nextInt(10);
            if (ending < 7) {
                String type = ending < 3 ? "HIRED" : ending < 5 ? "ORDINARY_HOURS" : "STOPPED";
                tables.execute("INSERT INTO agreement_event (id, agreement_id, event_type, event_date, reason_code,"
                        + " recorded_by, created_at) VALUES (?, ?, ?, ?, ?, 'konsulent', ?)", "ev" + i, agreement,
                        type, Date.valueOf(start.plusWeeks(20)), "STOPPED".equals(type) ? "TASKS_UNSUITABLE" : null,
                        then);
            }
        }
    }
}
