package dk.jobmatch.app;

import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The course of a placement in the consultants' phone app, in headless Chromium against the real
 * server: a follow-up with its format and the three measures answered as questionnaires, the
 * "Kræver handling" list, ending a course with a coded reason and a debrief and landing on the
 * re-match list, and aftercare after hiring. Screenshots go to target/screenshots/.
 */
@ServerTest
@Tag(Tiers.BROWSER)
class PlacementCourseBrowserTest extends BrowserTestSupport {

    @Inject
    TestClock clock;

    String word;
    String needId;

    @BeforeEach
    void seed() {
        word = "kurs" + UUID.randomUUID().toString().substring(0, 6);
        String employerId = api.createEmployer(consultant, "Tømrerfirma Jensen ApS", TestData.randomCvr());
        Map<String, Object> places = TestData.cleanUpTask();
        places.put("capacity", 5); // each test takes a place per agreement
        needId = api.createNeed(consultant, employerId, TestData.need("Oprydning på byggepladser " + word, places));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aFollowUpRecordsItsFormatAndWho5GseAndBipAnsweredAsQuestionnaires() {
        String agreementId = activeAgreement("Anna Holm", LocalDate.now(ZoneOffset.UTC).minusDays(30));
        browser.logInAsConsultant();
        browser.open("/app/#/aftaler/" + agreementId + "/opfoelgning");
        browser.waitForText(By.cssSelector("main h1"), "Registrér opfølgning");
        assertThat(browser.all(By.cssSelector("input[name=format]"))).hasSize(4);
        assertThat(browser.find(By.tagName("form")).getText()).contains("Hvordan foregik opfølgningen?",
                "Besøg på arbejdspladsen", "Telefonsamtale", "Møde i jobcentret", "Videosamtale");
        browser.tap(By.cssSelector("input[name=format][value=PHONE]"));

        browser.tap(By.cssSelector("#m-who5 summary"));
        browser.tap(By.cssSelector("input[name=who5-0][value='4']"));
        browser.tap(By.cssSelector("input[name=who5-1][value='4']"));
        assertThat(browser.find(By.id("who5-score")).getText()).isEqualTo("2 af 5 besvaret.");
        browser.tap(By.xpath("//button[text()='Gem opfølgning']"));
        assertThat(browser.find(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Besvar alle spørgsmål i WHO-5, eller ingen af dem.");
        assertThat(tables.count("agreement_follow_up WHERE agreement_id = '" + agreementId + "'")).isZero();

        for (int i = 2; i < 5; i++) {
            browser.tap(By.cssSelector("input[name=who5-" + i + "][value='4']"));
        }
        assertThat(browser.find(By.id("who5-score")).getText()).isEqualTo("Score: 80 ud af 100.");
        browser.tap(By.cssSelector("#m-gse summary"));
        for (int i = 0; i < 10; i++) {
            browser.tap(By.cssSelector("input[name=gse-" + i + "][value='3']"));
        }
        assertThat(browser.find(By.id("gse-score")).getText()).isEqualTo("Score: 30 ud af 40.");
        browser.tap(By.cssSelector("#m-bip summary"));
        new Select(browser.find(By.id("bip-COOPERATION"))).selectByValue("4");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("30-follow-up-measures");
        browser.tap(By.xpath("//button[text()='Gem opfølgning']"));

        browser.waitForUrl("#/aftaler/" + agreementId);
        browser.waitForText(By.id("status"), "Opfølgningen er gemt.");
        browser.waitForText(By.tagName("main"), "Trivsel (WHO-5): 80 ved første måling, 80 senest (af 100).");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Tro på egne evner (GSE): 30 ved første måling, 30 senest (af 40).", "Besøg 0 af 4")
                .doesNotContain("null", "undefined", "NaN");
        api.as(consultant).get("/api/v1/agreements/" + agreementId + "/progress").then().statusCode(200)
                .body("measures.who5.first", equalTo(80)).body("measures.gse.latest", equalTo(30))
                .body("measures.bip.COOPERATION.first", equalTo(4)).body("visits.done", equalTo(0));
        browser.screenshot("31-agreement-measures");
    }

    @Test
    void kraeverHandlingListsWhatTheServerFlagsAndLeadsToTheAction() {
        String draftId = api.draftAgreement(consultant, namedCitizen("Bo Udkast"), needId,
                LocalDate.now(ZoneOffset.UTC).plusDays(7).toString());
        String activeId = activeAgreement("Cille Aktiv", LocalDate.now(ZoneOffset.UTC).minusDays(30));
        clock.advance(Duration.ofDays(15));

        browser.logInAsConsultant();
        browser.tap(By.linkText("Kræver handling"));
        browser.waitForText(By.cssSelector("main h1"), "Kræver handling");
        WebElement draft = card(draftId);
        assertThat(draft.getText()).contains("Bo Udkast", "Udkast ikke godkendt i 14 dage", "Åbn udkastet");
        WebElement active = card(activeId);
        assertThat(active.getText()).contains("Cille Aktiv", "Opfølgning overskredet", "Virksomhedsbesøg bagud",
                "Registrér opfølgning");
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("32-kraever-handling");

        browser.tap(By.linkText("Udkast ikke godkendt i 14 dage"));
        browser.waitForUrl("flag=DRAFT_STALE");
        browser.find(By.cssSelector("a.chip[aria-current=page][href$='flag=DRAFT_STALE']")); // the list drawn again
        browser.waitForText(By.cssSelector("main"), "Bo Udkast");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Cille Aktiv");
        browser.tap(card(draftId).findElement(By.linkText("Åbn udkastet")));
        browser.waitForUrl("#/aftaler/" + draftId);
        browser.waitForText(By.tagName("main"), "Status: Udkast");
    }

    @Test
    void endingACourseAsksForACodedReasonAndADebriefAndShowsTheRematchTheSameDay() {
        String otherEmployer = api.createEmployer(consultant, "Bageriet Korn ApS", TestData.randomCvr());
        api.createNeed(consultant, otherEmployer, TestData.need("Oprydning i bageriet " + word, TestData.cleanUpTask()));
        String citizenId = namedCitizen("Dorte Stop");
        String agreementId = api.activeAgreement(consultant, citizenId, needId,
                LocalDate.now(ZoneOffset.UTC).minusDays(20).toString());

        browser.logInAsConsultant();
        browser.open("/app/#/aftaler/" + agreementId);
        browser.waitForText(By.tagName("main"), "Status: Aktiv");
        browser.tap(By.xpath("//button[text()='Afslut forløb']"));
        WebElement dialog = browser.find(By.cssSelector("dialog.end[open]"));
        assertThat(dialog.getText()).contains("Borgeren er ansat", "Overgår til ordinære timer", "Stop forløbet",
                "Årsag", "Afsluttende samtale med virksomheden");
        assertThat(browser.find(By.cssSelector("input[name=type][value=STOPPED]")).isSelected()).isTrue();
        assertThat(browser.find(By.id("end-reason")).getAttribute("required")).isNotNull();
        assertThat(new Select(browser.find(By.id("end-reason"))).getOptions()).extracting(WebElement::getText)
                .contains("Opgaverne passede ikke", "Borgerens helbred", "Anden årsag");
        new Select(browser.find(By.id("end-reason"))).selectByValue("TASKS_UNSUITABLE");
        browser.find(By.name("employerView")).sendKeys("Opgaverne krævede mere tempo end aftalt.");
        browser.find(By.name("strengths")).sendKeys("Mødestabil\nGod til oprydning");
        browser.find(By.name("lessons")).sendKeys("Næste sted: faste opgaver uden tidspres.");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        browser.screenshot("33-end-dialog");
        browser.tap(By.xpath("//dialog//button[text()='Registrér']"));

        browser.waitForUrl("#/borgere/" + citizenId);
        browser.waitForText(By.id("rematch"), "Forløbet er stoppet.");
        browser.waitForText(By.tagName("main"), "Oprydning i bageriet " + word);
        String page = browser.find(By.tagName("main")).getText();
        assertThat(page).contains("Behov hos Tømrerfirma Jensen ApS er udeladt af borgerens match i 90 dage",
                "Bageriet Korn ApS").doesNotContain("Oprydning på byggepladser " + word);
        assertThat(tables.count("agreement_event WHERE agreement_id = '" + agreementId
                + "' AND event_type = 'STOPPED' AND reason_code = 'TASKS_UNSUITABLE'")).isEqualTo(1);
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("34-rematch");

        WebElement bakery = browser.all(By.cssSelector("li.match")).stream()
                .filter(c -> c.getText().contains("Bageriet Korn ApS")).findFirst().orElseThrow();
        browser.tap(bakery.findElement(By.cssSelector("button[type=submit]")));
        browser.waitForUrl("#/aftaler/");
        browser.waitForText(By.tagName("main"), "Status: Udkast");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Dorte Stop hos Bageriet Korn ApS");
    }

    @Test
    void afterHiringTheAgreementTakesAftercareFollowUpsThatAskIfTheCitizenIsStillEmployed() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String agreementId = activeAgreement("Erik Ansat", today.minusDays(60));
        api.as(consultant).body(Map.of("type", "HIRED", "date", today.minusDays(15).toString()))
                .post("/api/v1/agreements/" + agreementId + "/events").then().statusCode(201);

        browser.logInAsConsultant();
        browser.open("/app/#/aftaler/" + agreementId);
        browser.waitForText(By.tagName("main"), "Efterværn");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Status: Ansat", "mangler", "planlagt").doesNotContain("Registrér opfølgning", "null", "undefined");
        browser.screenshot("35-aftercare-plan");
        browser.tap(By.linkText("Registrér efterværn"));
        browser.waitForText(By.cssSelector("main h1"), "Registrér efterværn");
        assertThat(browser.find(By.tagName("form")).getText()).contains("Er borgeren stadig ansat?");
        browser.tap(By.cssSelector("input[name=stillEmployed][value=true]"));
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        browser.tap(By.xpath("//button[text()='Gem efterværn']"));

        browser.waitForUrl("#/aftaler/" + agreementId);
        browser.waitForText(By.id("status"), "Efterværnet er gemt.");
        browser.waitForText(By.tagName("main"), "Stadig ansat ved seneste efterværn");
        assertThat(browser.all(By.cssSelector("ul.aftercare li")).getFirst().getText()).endsWith("gennemført");
        api.as(consultant).get("/api/v1/agreements/" + agreementId + "/progress").then().statusCode(200)
                .body("aftercare.stillEmployed", equalTo(true)).body("aftercare.dates[0].done", equalTo(true));
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("36-aftercare-recorded");
    }

    private WebElement card(String agreementId) {
        return browser.find(By.xpath("//li[contains(@class,'card')][.//a[contains(@href,'" + agreementId + "')]]"));
    }

    private String namedCitizen(String name) {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("displayName", name);
        citizen.put("hoursPerWeek", Map.of("min", 6, "max", 10));
        citizen.put("competences", List.of("oprydning", "affaldssortering"));
        return api.createCitizen(consultant, citizen);
    }

    private String activeAgreement(String name, LocalDate start) {
        return api.activeAgreement(consultant, namedCitizen(name), needId, start.toString());
    }
}
