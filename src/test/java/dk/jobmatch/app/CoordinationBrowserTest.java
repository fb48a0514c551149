package dk.jobmatch.app;

import dk.jobmatch.employer.NeedExpiryProbe;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordination in the consultants' phone app: the notifications list (Beskeder) a course event
 * lands in, the citizen's team on the citizen's page, and a need that expired without activity
 * being reopened. Headless Chromium against the real server; screenshots go to target/screenshots/.
 */
@ServerTest
@Tag(Tiers.BROWSER)
class CoordinationBrowserTest extends BrowserTestSupport {

    @Inject
    TestClock clock;
    @Inject
    ApplicationContext context;

    String employerId;

    @BeforeEach
    void createEmployer() {
        employerId = api.createEmployer(consultant, "Tømrerfirma Holm ApS", TestData.randomCvr());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStoppedCourseShowsInBeskederNewestFirstAndLeadsToItsAgreement() {
        String needId = api.createNeed(consultant, employerId, TestData.need("Oprydning på værkstedet",
                TestData.cleanUpTask()));
        String earlier = api.activeAgreement(consultant, citizen("Ib Før"), needId,
                LocalDate.now(ZoneOffset.UTC).minusDays(20).toString());
        api.as(consultant).body(Map.of("type", "HIRED", "date", LocalDate.now(ZoneOffset.UTC).toString()))
                .post("/api/v1/agreements/" + earlier + "/events").then().statusCode(201);
        String stopped = api.activeAgreement(consultant, citizen("Ulla Stop"),
                api.createNeed(consultant, employerId, TestData.need("Maling af skure", TestData.cleanUpTask())),
                LocalDate.now(ZoneOffset.UTC).minusDays(10).toString());
        api.as(consultant).body(Map.of("type", "STOPPED", "date", LocalDate.now(ZoneOffset.UTC).toString(),
                        "reasonCode", "TASKS_UNSUITABLE"))
                .post("/api/v1/agreements/" + stopped + "/events").then().statusCode(201);

        browser.logInAsConsultant();
        browser.tap(By.xpath("//nav//a[text()='Beskeder']"));
        browser.waitForText(By.cssSelector("main h1"), "Beskeder");
        browser.waitForText(By.id("notifications"), "Maling af skure");
        List<String> cards = browser.all(By.cssSelector("#notifications li")).stream().map(e -> e.getText()).toList();
        assertThat(cards.get(0)).contains("Forløb stoppet", "Forløbet hos Tømrerfirma Holm ApS (Maling af skure) er stoppet");
        assertThat(cards.get(1)).contains("Ansat", "Borgeren er ansat hos Tømrerfirma Holm ApS (Oprydning på værkstedet)");
        assertThat(String.join(" ", cards)).as("no citizen's name in the list").doesNotContain("Ulla", "Ib Før");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("60-beskeder");

        browser.tap(browser.all(By.cssSelector("#notifications li")).get(0).findElement(By.linkText("Åbn aftale")));
        browser.waitForUrl("#/aftaler/" + stopped);
        browser.waitForText(By.tagName("main"), "Status: Stoppet");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Ulla Stop");
    }

    @Test
    void theCitizensTeamIsShownAndEditedOnTheCitizensPage() {
        Map<String, Object> profile = TestData.citizen(TestData.randomExternalRef());
        profile.put("displayName", "Per Team");
        profile.put("team", List.of(Map.of("role", "CASE_WORKER", "name", "Sanne Sagsbehandler",
                "phone", "+45 98 12 34 56")));
        String citizenId = api.createCitizen(consultant, profile);

        browser.logInAsConsultant();
        browser.open("/app/#/borgere/" + citizenId);
        browser.waitForText(By.id("team-list"), "Sagsbehandler: Sanne Sagsbehandler");
        new Select(browser.find(By.id("team-role"))).selectByValue("MENTOR");
        browser.find(By.id("team-name")).sendKeys("Morten Mentor");
        browser.find(By.id("team-email")).sendKeys("morten@mentor.example.dk");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        browser.tap(By.xpath("//button[text()='Tilføj til teamet']"));
        browser.waitForText(By.id("team-list"), "Mentor: Morten Mentor");
        browser.screenshot("61-borgerens-team");
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then()
                .body("team.name", org.hamcrest.Matchers.contains("Sanne Sagsbehandler", "Morten Mentor"))
                .body("team[1].email", org.hamcrest.Matchers.equalTo("morten@mentor.example.dk"))
                .body("displayName", org.hamcrest.Matchers.equalTo("Per Team"));

        browser.tap(By.xpath("//button[text()='Fjern Sanne Sagsbehandler']"));
        // The list is drawn anew when the removal answers: an element found just before may be gone.
        browser.waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !browser.find(By.id("team-list")).getText().contains("Sanne"));
        api.as(consultant).get("/api/v1/citizens/" + citizenId).then()
                .body("team.name", org.hamcrest.Matchers.contains("Morten Mentor"));
    }

    @Test
    void anExpiredNeedSaysSoAndIsReopenedWithATap() {
        String needId = api.createNeed(consultant, employerId, TestData.need("Fejning af gården " + UUID.randomUUID(),
                TestData.cleanUpTask()));
        clock.advance(Duration.ofDays(90));
        NeedExpiryProbe.expireDue(context);

        browser.logInAsConsultant();
        browser.open("/app/#/behov/" + needId);
        browser.waitForText(By.id("stale"), "Behovet er udløbet");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Udløbet");
        browser.screenshot("62-behov-udloebet");
        browser.tap(By.xpath("//button[text()='Genåbn behovet']"));
        browser.waitForText(By.tagName("main"), "Åben");
        api.as(consultant).get("/api/v1/needs/" + needId).then().body("status", org.hamcrest.Matchers.equalTo("OPEN"));
    }

    private String citizen(String name) {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("displayName", name);
        return api.createCitizen(consultant, citizen);
    }
}
