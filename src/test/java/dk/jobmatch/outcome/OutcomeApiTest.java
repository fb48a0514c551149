package dk.jobmatch.outcome;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/**
 * The outcome figures of contract v1.1 against a small municipality built through the API, every
 * number worked out by hand below. One employer of its own keeps the figures apart from the other
 * tests' data ({@code employerId=}). The period P runs from F (700 days ago) to L = F + 200.
 *
 * <pre>
 *  #  created  start  hours  clause due s+28   fu1 s+30        fu2 s+60       WHO-5   GSE     ending         job ended
 *  1  F-30     F      8      10 h / 80 %       10/80 V  MET    12 V           40-60   20-25   HIRED F+90     never (aftercare +14 yes)
 *  2  F-50     F+10   6       8 h              7/80 V   BEHIND  6             50-50   22-22   STOPPED F+95 TASKS_UNSUITABLE
 *  3  F-70     F+20   10     12 h              12/85    MET    11             45-65   18-24   ORDINARY F+120 aftercare +60 "no"
 *  4  F+20     F+30   7       9 h              9/80 V   MET     9 V           55-70   30-32   HIRED F+130    EMPLOYMENT_ENDED +200
 *  5  F        L      9      11 h              10/70 V  BEHIND 10             60-52   -       HIRED L+70
 *  6  F-10     F+40   8      10 h              10/80    MET    10             -       -       STOPPED F+150 CITIZEN_HEALTH
 *  7  F-100    F-1    6       8 h              8/80     MET     8             -       -       HIRED F+50     never (aftercare +14 yes)
 *  8  F+150    L+1    6       8 h              8/80     MET     8             -       -       STOPPED L+30 TASKS_UNSUITABLE
 *  9  F-5      F+50   6       8 h              8/80 V   MET     8             35-45   -       HIRED F+160    EMPLOYMENT_ENDED +100
 * </pre>
 * (V: the follow-up was a workplace visit.) Each citizen has this one placement; 6 and 9 are
 * AKTIVITETSPARAT, the others FLEKSJOB.
 */
@ServerTest
class OutcomeApiTest extends ApiTestSupport {

    @Inject
    TestClock clock;

    LocalDate today;
    LocalDate f;
    LocalDate l;
    String employerId;
    /** The municipality's employer, built once for the tests that read it (the server outlives the test methods). */
    static String municipality;

    record Spec(int createdRelF, LocalDate start, double hours, double fu1Hours, int fu1Effectiveness,
                boolean fu1Visit, double fu2Hours, boolean fu2Visit, Integer who5First, Integer who5Latest,
                Integer gseFirst, Integer gseLatest, String ending, LocalDate endDate, String reasonCode,
                String targetGroup) {
    }

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        f = today.minusDays(700);
        l = f.plusDays(200);
        employerId = api.createEmployer(consultant, "Resultater " + UUID.randomUUID(), TestData.randomCvr());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void everyFigureIsTheHandComputedOneAndSmallGroupsAreSuppressed() {
        buildMunicipality();

        Map<String, Figure> p = figures(Map.of("from", f, "to", l));
        assertValue(p, "PLACEMENTS_STARTED", null, 7, null);
        assertSuppressed(p, "PLACEMENTS_ACTIVE", null); // only 5 is active on L
        assertValue(p, "PLACEMENTS_ENDED", null, 7, null); // 1, 2, 3, 4, 6, 7, 9
        assertValue(p, "PLACEMENTS_ENDED", "UNCODED", 5, null); // 1, 3, 4, 7, 9
        assertSuppressed(p, "PLACEMENTS_ENDED", "TASKS_UNSUITABLE"); // 2 (8 ended after L)
        assertSuppressed(p, "PLACEMENTS_ENDED", "CITIZEN_HEALTH");
        assertSuppressed(p, "PLACEMENTS_ENDED", "MOVED"); // none: under 5 as well
        assertSuppressed(p, "PLACEMENTS_HIRED", null); // 1, 4, 7, 9: four citizens
        assertSuppressed(p, "PLACEMENTS_ORDINARY_HOURS", null);
        assertSuppressed(p, "PLACEMENTS_STOPPED", null);
        // Started in P: 1-6 and 9. Start hours 6 6 7 8 8 9 10, latest 6 8 9 10 10 11 12.
        assertValue(p, "HOURS_AT_START_MEDIAN", null, 8, 7L);
        assertValue(p, "HOURS_LATEST_MEDIAN", null, 10, 7L);
        // One clause each, judged by fu1: MET for 1, 3, 4, 6, 9; BEHIND for 2 and 5.
        assertValue(p, "CLAUSES_MET_SHARE", null, 0.714, 7L);
        // Days from profile to first placement: 30 60 90 10 200 50 55 -> 10 30 50 55 60 90 200.
        assertValue(p, "DAYS_TO_FIRST_PLACEMENT_MEDIAN", null, 55, 7L);
        assertValue(p, "DAYS_TO_FIRST_PLACEMENT_P75", null, 75, 7L); // position 4.5: between 60 and 90
        // Jobs begun in P: 1, 3, 4, 7, 9. Still employed after 3 months: 1 4 7 9; 6: 1 4 7; 12: 1 7.
        assertValue(p, "RETENTION_3_MONTHS", null, 0.8, 5L);
        assertValue(p, "RETENTION_6_MONTHS", null, 0.6, 5L);
        assertValue(p, "RETENTION_12_MONTHS", null, 0.4, 5L);
        // WHO-5 on 1-5 and 9: first 285 / 6, latest 342 / 6. GSE on four placements only.
        assertValue(p, "WHO5_FIRST_MEAN", null, 47.5, 6L);
        assertValue(p, "WHO5_LATEST_MEAN", null, 57.0, 6L);
        assertSuppressed(p, "GSE_FIRST_MEAN", null);
        assertSuppressed(p, "GSE_LATEST_MEAN", null);
        // Four visits planned in each course's first six months; visits done 2 1 0 2 1 0 1.
        assertValue(p, "VISITS_PLANNED", null, 28, null);
        assertValue(p, "VISITS_DONE", null, 7, null);

        // The period's ends are inclusive and decide by the start date: 1 starts on F, 5 on L, 7 the
        // day before F and 8 the day after L.
        assertValue(figures(Map.of("from", f.plusDays(1), "to", l)), "PLACEMENTS_STARTED", null, 6, null);
        assertValue(figures(Map.of("from", f, "to", l.minusDays(1))), "PLACEMENTS_STARTED", null, 6, null);
        assertValue(figures(Map.of("from", f.minusDays(1), "to", l.plusDays(1))), "PLACEMENTS_STARTED", null, 9,
                null);
        // Four citizens are suppressed, five are shown: 1-4 start by F+39, 6 on F+40.
        assertSuppressed(figures(Map.of("from", f, "to", f.plusDays(39))), "PLACEMENTS_STARTED", null);
        Map<String, Figure> early = figures(Map.of("from", f, "to", f.plusDays(40)));
        assertValue(early, "PLACEMENTS_STARTED", null, 5, null);
        // Active at F+85: started by then and not ended by then: 1 2 3 4 6 9 (7 ended on F+50).
        Map<String, Figure> spring = figures(Map.of("from", f, "to", f.plusDays(85)));
        assertValue(spring, "PLACEMENTS_ACTIVE", null, 6, null);
        // Without from: every placement up to to; the ending decides PLACEMENTS_ENDED, the hiring retention.
        Map<String, Figure> all = figures(Map.of("to", today));
        assertValue(all, "PLACEMENTS_STARTED", null, 9, null);
        assertValue(all, "PLACEMENTS_ENDED", null, 9, null);
        assertValue(all, "PLACEMENTS_HIRED", null, 5, null); // 1 4 5 7 9
        // Jobs: 1 3 4 5 7 9 (5 never ended: retained). 3 months: 1 4 5 7 9 of 6.
        assertValue(all, "RETENTION_3_MONTHS", null, 0.833, 6L);

        // Filters: the target group narrows to 1-5 (6 and 9 are AKTIVITETSPARAT).
        Map<String, Figure> flex = figures(Map.of("from", f, "to", l, "targetGroup", "FLEKSJOB"));
        assertValue(flex, "PLACEMENTS_STARTED", null, 5, null);
        assertValue(flex, "HOURS_AT_START_MEDIAN", null, 8, 5L); // 6 7 8 9 10
        assertSuppressed(figures(Map.of("from", f, "to", l, "targetGroup", "AKTIVITETSPARAT")),
                "PLACEMENTS_STARTED", null);
        assertValue(figures(Map.of("from", f, "to", l, "consultant", "consultant")), "PLACEMENTS_STARTED", null, 7,
                null);
        assertSuppressed(figures(Map.of("from", f, "to", l, "consultant", "admin")), "PLACEMENTS_STARTED", null);
    }

    @Test
    void theCsvCarriesTheSameFiguresAsTheJson() {
        buildMunicipality();
        Map<String, String> query = Map.of("from", f.toString(), "to", l.toString(), "employerId", employerId);
        JsonPath json = exact(api.as(consultant).queryParams(query).get("/api/v1/outcomes").then().statusCode(200)
                .contentType("application/json").extract().asString());
        String csv = api.as(consultant).accept("text/csv").queryParams(query).get("/api/v1/outcomes").then()
                .statusCode(200).contentType(startsWith("text/csv")).extract().asString();

        List<String> lines = List.of(csv.split("\r\n"));
        assertThat(lines.getFirst()).isEqualTo("figure,group,value,denominator,unit,suppressed");
        List<Map<String, Object>> figures = json.getList("figures");
        assertThat(lines).hasSize(figures.size() + 1);
        for (int i = 0; i < figures.size(); i++) {
            String[] cells = lines.get(i + 1).split(",", -1);
            assertThat(cells).hasSize(6);
            Map<String, Object> figure = figures.get(i);
            assertThat(cells[0]).isEqualTo(figure.get("figure"));
            assertThat(cells[1]).isEqualTo(figure.get("group") == null ? "" : figure.get("group"));
            Object value = figure.get("value");
            if (value == null) {
                assertThat(cells[2]).isEmpty();
            } else {
                assertThat(Double.parseDouble(cells[2])).isEqualTo(((Number) value).doubleValue());
            }
            Object denominator = figure.get("denominator");
            assertThat(cells[3]).isEqualTo(denominator == null ? "" : denominator.toString());
            assertThat(cells[4]).isEqualTo(figure.get("unit"));
            assertThat(Boolean.parseBoolean(cells[5])).isEqualTo(figure.get("suppressed"));
        }
        assertThat(lines).contains("HOURS_LATEST_MEDIAN,,10,7,HOURS_PER_WEEK,false",
                "GSE_FIRST_MEAN,,,,SCORE,true");
    }

    @Test
    void aSuppressedFigureSaysSoWithNullsAndTheReportEchoesItsQuery() {
        JsonPath report = api.as(consultant).queryParam("employerId", employerId).queryParam("from", "2026-01-01")
                .queryParam("to", "2026-06-30").get("/api/v1/outcomes").then().statusCode(200)
                .body("from", equalTo("2026-01-01")).body("to", equalTo("2026-06-30"))
                .body("computedOn", equalTo(today.toString())).body("minimumGroupSize", equalTo(5))
                .body("employerId", equalTo(employerId))
                .extract().jsonPath();
        assertThat(report.getList("figures.suppressed", Boolean.class)).containsOnly(true);
        String body = api.as(consultant).queryParam("employerId", employerId).get("/api/v1/outcomes").asString();
        assertThat(body).contains("\"value\":null").contains("\"denominator\":null");
        api.as(consultant).queryParam("employerId", employerId).get("/api/v1/outcomes").then()
                .body("to", equalTo(today.toString()));
    }

    @Test
    void badQueriesAreProblemsNamingTheParameter() {
        api.as(consultant).queryParam("from", "2026-06-30").queryParam("to", "2026-01-01").get("/api/v1/outcomes")
                .then().statusCode(422).contentType("application/problem+json").body("errors.field", contains("from"));
        api.as(consultant).queryParam("from", "i går").get("/api/v1/outcomes").then().statusCode(400)
                .contentType("application/problem+json");
        api.as(consultant).queryParam("targetGroup", "PENSION").get("/api/v1/outcomes").then().statusCode(400)
                .contentType("application/problem+json");
        api.as(consultant).queryParam("consultant", "x".repeat(101)).get("/api/v1/outcomes").then()
                .statusCode(org.hamcrest.Matchers.oneOf(400, 422)).contentType("application/problem+json");
    }

    @Test
    void employersAndIntegrationsMayNotReadOutcomes() {
        String employer = api.employerLogin(consultant, employerId, "resultat-" + UUID.randomUUID());
        api.as(employer).get("/api/v1/outcomes").then().statusCode(403).contentType("application/problem+json");
        api.as(api.integration()).get("/api/v1/outcomes").then().statusCode(403)
                .contentType("application/problem+json");
        api.as(employer).accept("text/csv").get("/api/v1/outcomes").then().statusCode(403);
        api.anonymous().get("/api/v1/outcomes").then().statusCode(401);
        api.as(api.admin()).get("/api/v1/outcomes").then().statusCode(200);
    }

    // --- the municipality of the table above --------------------------------------------------------

    private void buildMunicipality() {
        if (municipality != null) {
            employerId = municipality;
            return;
        }
        municipality = employerId;
        List<Spec> specs = List.of(
                new Spec(-30, f, 8, 10, 80, true, 12, true, 40, 60, 20, 25, "HIRED", f.plusDays(90), null,
                        "FLEKSJOB"),
                new Spec(-50, f.plusDays(10), 6, 7, 80, true, 6, false, 50, 50, 22, 22, "STOPPED", f.plusDays(95),
                        "TASKS_UNSUITABLE", "FLEKSJOB"),
                new Spec(-70, f.plusDays(20), 10, 12, 85, false, 11, false, 45, 65, 18, 24, "ORDINARY_HOURS",
                        f.plusDays(120), null, "FLEKSJOB"),
                new Spec(20, f.plusDays(30), 7, 9, 80, true, 9, true, 55, 70, 30, 32, "HIRED", f.plusDays(130), null,
                        "FLEKSJOB"),
                new Spec(0, l, 9, 10, 70, true, 10, false, 60, 52, null, null, "HIRED", l.plusDays(70), null,
                        "FLEKSJOB"),
                new Spec(-10, f.plusDays(40), 8, 10, 80, false, 10, false, null, null, null, null, "STOPPED",
                        f.plusDays(150), "CITIZEN_HEALTH", "AKTIVITETSPARAT"),
                new Spec(-100, f.minusDays(1), 6, 8, 80, false, 8, false, null, null, null, null, "HIRED",
                        f.plusDays(50), null, "FLEKSJOB"),
                new Spec(150, l.plusDays(1), 6, 8, 80, false, 8, false, null, null, null, null, "STOPPED",
                        l.plusDays(30), "TASKS_UNSUITABLE", "FLEKSJOB"),
                new Spec(-5, f.plusDays(50), 6, 8, 80, true, 8, false, 35, 45, null, null, "HIRED", f.plusDays(160),
                        null, "AKTIVITETSPARAT"));
        // The profiles first, each on its own day.
        List<String> citizens = new ArrayList<>();
        for (Spec spec : specs) {
            moveTo(f.plusDays(spec.createdRelF()));
            Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
            citizen.put("hoursPerWeek", Map.of("min", 6, "max", 14));
            citizen.put("targetGroup", spec.targetGroup());
            citizens.add(api.createCitizen(consultant, citizen));
        }
        clock.reset();
        List<String> agreements = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            agreements.add(course(citizens.get(i), specs.get(i)));
        }
        // What became of the jobs: 1 and 7 still employed at +14; 3 no longer at +60; 4 and 9 ended.
        aftercare(agreements.get(0), specs.get(0).endDate().plusDays(14), true);
        aftercare(agreements.get(6), specs.get(6).endDate().plusDays(14), true);
        aftercare(agreements.get(2), specs.get(2).endDate().plusDays(14), true);
        aftercare(agreements.get(2), specs.get(2).endDate().plusDays(60), false);
        event(agreements.get(3), "EMPLOYMENT_ENDED", specs.get(3).endDate().plusDays(200), "EMPLOYER_NO_LONGER_NEEDS");
        event(agreements.get(8), "EMPLOYMENT_ENDED", specs.get(8).endDate().plusDays(100), "CITIZEN_HEALTH");
    }

    /** One placement: drafted, its plan set to one clause, approved, followed up twice and ended. */
    private String course(String citizenId, Spec spec) {
        String needId = api.createNeed(consultant, employerId, TestData.need("Pakning " + UUID.randomUUID(),
                TestData.task("Pakning", 14, "pakning")));
        String id = api.as(consultant).body(Map.of("citizenId", citizenId, "needId", needId,
                        "startDate", spec.start().toString(), "hoursPerWeek", spec.hours()))
                .post("/api/v1/agreements").then().statusCode(201).extract().path("id");
        Map<String, Object> edit = api.agreementEdit(consultant, id);
        edit.put("progression", List.of(Map.of("dueDate", spec.start().plusDays(28).toString(),
                "hoursPerWeek", spec.hours() + 2, "effectivenessPercent", 80)));
        api.as(consultant).body(edit).put("/api/v1/agreements/" + id).then().statusCode(200);
        for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
            api.as(consultant).body(Map.of("party", party)).post("/api/v1/agreements/" + id + "/approvals")
                    .then().statusCode(200);
        }
        followUp(id, spec.start().plusDays(30), spec.fu1Hours(), spec.fu1Effectiveness(), spec.fu1Visit(),
                spec.who5First(), spec.gseFirst());
        followUp(id, spec.start().plusDays(60), spec.fu2Hours(), 80, spec.fu2Visit(), spec.who5Latest(),
                spec.gseLatest());
        event(id, spec.ending(), spec.endDate(), spec.reasonCode());
        return id;
    }

    private void followUp(String id, LocalDate date, double hours, int effectiveness, boolean visit, Integer who5,
                          Integer gse) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date.toString(), "actualHoursPerWeek", hours,
                "effectivenessPercent", effectiveness, "format", visit ? "WORKPLACE_VISIT" : "PHONE"));
        if (who5 != null) {
            body.put("who5", who5);
        }
        if (gse != null) {
            body.put("gse", gse);
        }
        api.as(consultant).body(body).post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(201);
    }

    private void aftercare(String id, LocalDate date, boolean stillEmployed) {
        api.as(consultant).body(Map.of("date", date.toString(), "actualHoursPerWeek", 12, "effectivenessPercent", 90,
                        "format", "PHONE", "stillEmployed", stillEmployed))
                .post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(201);
    }

    private void event(String id, String type, LocalDate date, String reasonCode) {
        api.event(consultant, id, type, date.toString(), reasonCode);
    }

    private void moveTo(LocalDate day) {
        clock.moveTo(day);
        assertThat(LocalDate.now(clock)).isEqualTo(day);
    }

    // --- reading the report -----------------------------------------------------------------------

    record Figure(String figure, String group, Double value, Long denominator, boolean suppressed) {
    }

    /** The figures for this query (the test's employer added), by "FIGURE" or "FIGURE/group". */
    private Map<String, Figure> figures(Map<String, Object> query) {
        Map<String, String> params = new LinkedHashMap<>();
        query.forEach((name, value) -> params.put(name, value.toString()));
        params.put("employerId", employerId);
        List<Map<String, Object>> rows = exact(api.as(consultant).queryParams(params).get("/api/v1/outcomes").then()
                .statusCode(200).extract().asString()).getList("figures");
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            String group = (String) row.get("group");
            Number value = (Number) row.get("value");
            Number denominator = (Number) row.get("denominator");
            Figure figure = new Figure((String) row.get("figure"), group, value == null ? null : value.doubleValue(),
                    denominator == null ? null : denominator.longValue(), (Boolean) row.get("suppressed"));
            assertThat(figures.put(key(figure.figure(), group), figure)).as("one row per figure and group").isNull();
        }
        return figures;
    }

    /** Decimals read as doubles, not floats, so 0.714 stays 0.714. */
    private static JsonPath exact(String body) {
        return JsonPath.from(body).using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static String key(String figure, String group) {
        return group == null ? figure : figure + "/" + group;
    }

    private static void assertValue(Map<String, Figure> figures, String name, String group, double value,
                                    Long denominator) {
        Figure figure = figures.get(key(name, group));
        assertThat(figure).as(key(name, group)).isNotNull();
        assertThat(figure.suppressed()).as(key(name, group) + " suppressed").isFalse();
        assertThat(figure.value()).as(key(name, group)).isEqualTo(value);
        assertThat(figure.denominator()).as(key(name, group) + " denominator").isEqualTo(denominator);
    }

    private static void assertSuppressed(Map<String, Figure> figures, String name, String group) {
        Figure figure = figures.get(key(name, group));
        assertThat(figure).as(key(name, group)).isNotNull();
        assertThat(figure.suppressed()).as(key(name, group) + " suppressed").isTrue();
        assertThat(figure.value()).as(key(name, group)).isNull();
        assertThat(figure.denominator()).as(key(name, group)).isNull();
    }
}
