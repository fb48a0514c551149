package dk.jobmatch.app;

import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Resultater" and "Hvad ville åbne flere job?" in headless Chromium against the real server. The
 * outcome data are built through the API in periods of their own, years back, so that no other
 * test's placements fall in them: eleven citizens' placements (figures shown) and two citizens'
 * (every figure suppressed). Every number on the screen is checked against the API's answer for the
 * same period, not against numbers written here. Screenshots go to target/screenshots/.
 */
@ServerTest
@Tag(Tiers.BROWSER)
class ResultsBrowserTest extends BrowserTestSupport {

    static final String SUPPRESSED = "For få borgere til at vise tallet";
    /** Figures the screen leaves out (the 75th percentile is for the CSV and the API). */
    static final List<String> NOT_SHOWN = List.of("DAYS_TO_FIRST_PLACEMENT_P75");

    @Inject
    TestClock clock;

    LocalDate today;

    @BeforeEach
    void setToday() {
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void resultsDrawTheApisFiguresAsChartsForThePeriodChosen() {
        LocalDate base = today.minusDays(1000);
        String employerId = api.createEmployer(consultant, "Resultatfirma " + UUID.randomUUID(), TestData.randomCvr());
        buildPlacements(employerId, base, 11);
        LocalDate from = base.minusDays(5);
        LocalDate to = base.plusDays(250);

        browser.logInAsConsultant();
        assertThat(browser.find(By.id("results-link")).getText()).startsWith("Resultater");
        browser.screenshot("39-start-med-resultater");
        browser.tap(By.id("results-link"));
        browser.waitForText(By.cssSelector("main h1"), "Resultater");
        // By default the last 12 months, both ends included.
        String defaultFrom = browser.find(By.id("period-from")).getAttribute("value");
        String defaultTo = browser.find(By.id("period-to")).getAttribute("value");
        assertThat(LocalDate.parse(defaultFrom)).isEqualTo(LocalDate.parse(defaultTo).minusYears(1).plusDays(1));
        waitForPeriod(defaultFrom, defaultTo);
        assertScreenShows(defaultFrom, defaultTo);

        choosePeriod(from, to);
        JsonPath report = assertScreenShows(from.toString(), to.toString());
        // Eleven citizens: the counts and charts are shown, not suppressed.
        for (String figure : List.of("PLACEMENTS_STARTED", "PLACEMENTS_HIRED", "PLACEMENTS_STOPPED",
                "HOURS_AT_START_MEDIAN", "HOURS_LATEST_MEDIAN", "RETENTION_3_MONTHS", "RETENTION_6_MONTHS",
                "WHO5_FIRST_MEAN", "WHO5_LATEST_MEAN", "GSE_FIRST_MEAN", "GSE_LATEST_MEAN", "VISITS_DONE")) {
            assertThat(figure(report, figure, null).get("suppressed")).as(figure).isEqualTo(false);
        }
        assertThat(text("[data-figure=PLACEMENTS_STARTED]")).isEqualTo("11");
        assertThat(browser.all(By.id("all-suppressed"))).isEmpty();
        assertThat(text("[data-figure='PLACEMENTS_ENDED/TASKS_UNSUITABLE']")).isEqualTo("5");
        assertThat(browser.find(By.id("r-reasons")).findElement(By.xpath("..")).getText())
                .contains("Opgaverne passede ikke", "Ansat eller ordinære timer");
        // Small groups (the active placements at the end, each other end reason) say so in words.
        assertThat(text("[data-figure=PLACEMENTS_ACTIVE]")).isEqualTo(SUPPRESSED);
        assertThat(text("#reasons-suppressed")).startsWith(SUPPRESSED + ": ").contains("borgerens helbred");
        // Each chart says what it shows, numbers included, to a screen reader.
        List<WebElement> charts = browser.all(By.cssSelector("main svg.chart[role=img]"));
        assertThat(charts).hasSize(5);
        for (WebElement chart : charts) {
            assertThat(chart.findElement(By.tagName("title")).getAttribute("textContent")).isNotBlank();
            assertThat(chart.findElement(By.tagName("desc")).getAttribute("textContent")).matches("(?s).*\\d.*");
        }
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("40-resultater");
        browser.script("document.getElementById('r-hours').scrollIntoView({block: 'start'});");
        browser.screenshot("41-resultater-timer-fastholdelse");
        browser.script("document.getElementById('r-reasons').scrollIntoView({block: 'start'});");
        browser.screenshot("42-resultater-aarsager-trivsel");
    }

    @Test
    void aPeriodWithFewerThanFiveCitizensShowsNoFigureButSaysWhy() {
        LocalDate base = today.minusDays(1600);
        String employerId = api.createEmployer(consultant, "Lille firma " + UUID.randomUUID(), TestData.randomCvr());
        buildPlacements(employerId, base, 2);

        browser.logInAsConsultant();
        browser.open("/app/#/resultater");
        browser.waitForText(By.cssSelector("main h1"), "Resultater");
        choosePeriod(base.minusDays(5), base.plusDays(250));
        JsonPath report = assertScreenShows(base.minusDays(5).toString(), base.plusDays(250).toString());
        assertThat(report.getList("figures.suppressed", Boolean.class)).containsOnly(true);
        String page = browser.find(By.tagName("main")).getText();
        assertThat(text("[data-figure=PLACEMENTS_STARTED]")).isEqualTo(SUPPRESSED);
        assertThat(text("[data-figure=HOURS_AT_START_MEDIAN]")).isEqualTo(SUPPRESSED);
        assertThat(text("#all-suppressed")).contains("for få borgere i perioden");
        assertThat(page).doesNotContain("null", "undefined", "NaN", " 0 ", "0 %");
        assertThat(browser.all(By.cssSelector("main svg rect"))).isEmpty(); // no bar drawn for what is not shown
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("43-resultater-for-faa-borgere");
    }

    @Test
    void aCitizenMissingOneQualificationSeesWhatItWouldOpenAndTheNeeds() {
        // Nexø on Bornholm: no other test has needs within reach of it.
        Map<String, Object> nexoe = Map.of("postcode", "3730", "city", "Nexø", "lat", 55.06, "lon", 15.13);
        String employerId = employer("Nexø Transport", nexoe);
        // Aakirkeby, about 13 km away: beyond the citizen's 10 km, within the 15 km looked at.
        String farEmployerId = employer("Aakirkeby Gartneri",
                Map.of("postcode", "3720", "city", "Aakirkeby", "lat", 55.07, "lon", 14.92));
        String lorry = need(employerId, "Kørsel med lastbil", List.of("DRIVING_LICENCE_C"), 8);
        String lorryToo = need(employerId, "Varetur til havnen", List.of("DRIVING_LICENCE_C"), 7);
        String forklift = need(employerId, "Truckkørsel på lageret", List.of("FORKLIFT_CERTIFICATE"), 7);
        String both = need(employerId, "Lastbil og truck", List.of("DRIVING_LICENCE_C", "FORKLIFT_CERTIFICATE"), 9);
        String far = need(farEmployerId, "Plantepasning", List.of(), 9);
        String longer = need(employerId, "Lagerhold på fuld tid", List.of(), 16);
        Map<String, Object> body = TestData.citizen(TestData.randomExternalRef());
        body.put("displayName", "Kim Kørekort");
        body.put("location", Map.of("postcode", "3730", "lat", 55.06, "lon", 15.13));
        body.put("maxTravelKm", 10);
        String citizenId = api.createCitizen(consultant, body);
        List<Map<String, Object>> gaps = api.as(consultant).get("/api/v1/citizens/" + citizenId + "/gaps").then()
                .statusCode(200).extract().jsonPath().getList("gaps");
        assertThat(gaps).extracting(g -> g.get("needId")).containsExactlyInAnyOrder(lorry, lorryToo, forklift, far,
                longer);

        browser.logInAsConsultant();
        browser.open("/app/#/borgere/" + citizenId);
        browser.waitForText(By.cssSelector("main h1"), "Kim Kørekort");
        WebElement section = browser.find(By.id("gaps"));
        assertThat(section.getText()).contains("Hvad ville åbne flere job?");
        List<WebElement> groups = section.findElements(By.cssSelector("ul.gaps > li"));
        assertThat(groups).extracting(g -> g.findElement(By.cssSelector(".gap")).getText()).containsExactly(
                "Et andet timetal om ugen ville åbne 1 behov, 16 timer", "Kørekort C ville åbne 2 behov, 15 timer",
                "Længere transport ville åbne 1 behov, 9 timer", "Truckcertifikat ville åbne 1 behov, 7 timer");
        assertThat(groups.get(1).getText()).contains("Kørsel med lastbil · 8 timer", "Varetur til havnen · 7 timer");
        assertThat(section.getText()).doesNotContain("Lastbil og truck");
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.script("document.getElementById('gaps').scrollIntoView({block: 'start'});");
        browser.screenshot("44-borger-hvad-ville-aabne");

        browser.tap(groups.get(1).findElement(By.linkText("Kørsel med lastbil")));
        browser.waitForText(By.cssSelector("main h1"), "Kørsel med lastbil");
        assertThat(browser.url()).endsWith("#/behov/" + lorry);
        assertThat(both).isNotBlank();
    }

    // --- the screen against the API -------------------------------------------------------------------

    private void choosePeriod(LocalDate from, LocalDate to) {
        browser.script("document.getElementById('period-from').value = arguments[0];"
                + "document.getElementById('period-to').value = arguments[1];", from.toString(), to.toString());
        browser.tap(By.xpath("//button[text()='Vis perioden']"));
        waitForPeriod(from.toString(), to.toString());
    }

    private void waitForPeriod(String from, String to) {
        browser.waiting().ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.attributeToBe(By.id("period"), "data-period", from + "/" + to));
    }

    /** Every figure the screen shows is the API's for the same period, in the screen's words. */
    private JsonPath assertScreenShows(String from, String to) {
        JsonPath report = JsonPath.from(api.as(consultant).queryParam("from", from).queryParam("to", to)
                        .get("/api/v1/outcomes").then().statusCode(200).extract().asString())
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
        String suppressedReasons = browser.all(By.id("reasons-suppressed")).stream().findFirst()
                .map(e -> e.getAttribute("textContent")).orElse("");
        for (Map<String, Object> figure : report.<Map<String, Object>>getList("figures")) {
            String name = (String) figure.get("figure");
            String group = (String) figure.get("group");
            if (NOT_SHOWN.contains(name)) {
                continue;
            }
            String key = group == null ? name : name + "/" + group;
            if (group != null && Boolean.TRUE.equals(figure.get("suppressed"))) {
                assertThat(suppressedReasons).as(key).isNotEmpty();
                continue;
            }
            assertThat(text("[data-figure='" + key + "']")).as(key).isEqualTo(shown(figure));
        }
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("null", "undefined", "NaN");
        return report;
    }

    private String text(String css) {
        return browser.find(By.cssSelector("main")).findElement(By.cssSelector(css)).getAttribute("textContent").trim();
    }

    private static Map<String, Object> figure(JsonPath report, String name, String group) {
        return report.<Map<String, Object>>getList("figures").stream()
                .filter(f -> name.equals(f.get("figure")) && java.util.Objects.equals(group, f.get("group")))
                .findFirst().orElseThrow();
    }

    /** As the app writes a figure: "8 t/uge", "83 %", "47,5", "55 dage", or that it is suppressed. */
    private static String shown(Map<String, Object> figure) {
        if (Boolean.TRUE.equals(figure.get("suppressed"))) {
            return SUPPRESSED;
        }
        double value = ((Number) figure.get("value")).doubleValue();
        return switch ((String) figure.get("unit")) {
            case "SHARE" -> Math.round(value * 100) + " %";
            case "HOURS_PER_WEEK" -> decimal(value) + " t/uge";
            case "DAYS" -> decimal(value) + " dage";
            default -> decimal(value);
        };
    }

    private static String decimal(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded).replace('.', ',');
    }

    // --- data through the API ---------------------------------------------------------------------------

    /**
     * {@code count} citizens, each with one placement starting {@code base + 3 i}: followed up at +30
     * (a workplace visit, WHO-5 and GSE) and +55 (more hours, both measures higher); the first six
     * hired at +90 (the first of them losing the job 120 days later), the rest stopped at +60 because
     * the tasks did not suit them.
     */
    private void buildPlacements(String employerId, LocalDate base, int count) {
        moveTo(base.minusDays(40));
        List<String> citizens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
            citizen.put("hoursPerWeek", Map.of("min", 6, "max", 14));
            citizens.add(api.createCitizen(consultant, citizen));
        }
        clock.reset();
        for (int i = 0; i < count; i++) {
            LocalDate start = base.plusDays(3L * i);
            double hours = 6 + i % 4;
            String needId = api.createNeed(consultant, employerId, TestData.need("Pakning " + UUID.randomUUID(),
                    TestData.task("Pakning", 14, "pakning")));
            String id = api.as(consultant).body(Map.of("citizenId", citizens.get(i), "needId", needId,
                            "startDate", start.toString(), "hoursPerWeek", hours))
                    .post("/api/v1/agreements").then().statusCode(201).extract().path("id");
            Map<String, Object> edit = api.agreementEdit(consultant, id);
            edit.put("progression", List.of(Map.of("dueDate", start.plusDays(28).toString(),
                    "hoursPerWeek", hours + 1, "effectivenessPercent", 80)));
            api.as(consultant).body(edit).put("/api/v1/agreements/" + id).then().statusCode(200);
            for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
                api.as(consultant).body(Map.of("party", party)).post("/api/v1/agreements/" + id + "/approvals")
                        .then().statusCode(200);
            }
            followUp(id, start.plusDays(30), hours + (i % 3 == 0 ? 0 : 1), "WORKPLACE_VISIT", 40 + 2 * i, 20 + i % 5);
            followUp(id, start.plusDays(55), hours + 3, "PHONE", 52 + 2 * i, 25 + i % 5);
            if (i < 6) {
                event(id, "HIRED", start.plusDays(90), null);
                if (i == 0) {
                    event(id, "EMPLOYMENT_ENDED", start.plusDays(210), "EMPLOYER_NO_LONGER_NEEDS");
                }
            } else {
                event(id, "STOPPED", start.plusDays(60), "TASKS_UNSUITABLE");
            }
        }
    }

    private void followUp(String id, LocalDate date, double hours, String format, int who5, int gse) {
        Map<String, Object> body = new HashMap<>(Map.of("date", date.toString(), "actualHoursPerWeek", hours,
                "effectivenessPercent", 80, "format", format, "who5", who5, "gse", gse));
        api.as(consultant).body(body).post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(201);
    }

    private void event(String id, String type, LocalDate date, String reasonCode) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "date", date.toString()));
        if (reasonCode != null) {
            body.put("reasonCode", reasonCode);
        }
        api.as(consultant).body(body).post("/api/v1/agreements/" + id + "/events").then().statusCode(201);
    }

    private void moveTo(LocalDate day) {
        clock.moveTo(day);
    }

    private String employer(String name, Map<String, Object> location) {
        Map<String, Object> employer = TestData.employer(name + " " + UUID.randomUUID(), TestData.randomCvr());
        employer.put("location", location);
        return api.as(consultant).body(employer).post("/api/v1/employers").then().statusCode(201).extract().path("id");
    }

    private String need(String employerId, String title, List<String> nonNegotiables, double hours) {
        Map<String, Object> task = TestData.task(title, hours, "kørsel");
        task.put("demands", List.of());
        Map<String, Object> need = TestData.need(title, task);
        need.put("nonNegotiables", nonNegotiables);
        need.put("flexibilities", List.of());
        need.put("hoursPerWeek", hours > 10 ? Map.of("min", 15, "max", 20) : Map.of("min", 5, "max", 15));
        return api.createNeed(consultant, employerId, need);
    }
}
