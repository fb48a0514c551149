package dk.jobmatch.app;

import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Introductions in the app, in headless Chromium against the real server: the consultant presents
 * a matched citizen to the employer from the need's matches, and the employer's own login sees the
 * named citizen with tasks, hours and accommodation sentences and answers "Ja tak" or "Nej tak".
 */
@ServerTest
@Tag(Tiers.BROWSER)
class IntroductionBrowserTest extends BrowserTestSupport {

    String word;
    String employerId;
    String needId;
    String needTitle;

    @BeforeEach
    void seed() {
        word = "intro" + UUID.randomUUID().toString().substring(0, 6);
        employerId = api.createEmployer(consultant, "Tømrerfirma Jensen ApS", TestData.randomCvr());
        Map<String, Object> places = TestData.cleanUpTask();
        places.put("capacity", 5);
        places.put("competences", java.util.List.of("oprydning", word));
        needTitle = "Oprydning " + word;
        needId = api.createNeed(consultant, employerId, TestData.need(needTitle, places));
    }

    @Test
    void theConsultantPresentsAMatchedCitizenAndSeesItOnTheNeed() {
        String citizenId = citizen("Mette Lund");
        browser.logInAsConsultant();
        browser.open("/app/#/behov/" + needId + "/match");
        browser.waitForText(By.cssSelector("main h1"), "Match: " + needTitle);
        WebElement card = card("li.match", "Mette Lund");
        browser.tap(card.findElement(By.xpath(".//button[text()='Præsentér for virksomheden']")));

        browser.waitForText(By.cssSelector("main h1"), needTitle);
        browser.waitForText(By.id("introductions"), "Præsentationer");
        WebElement shown = card("li.introduction", "Mette Lund");
        assertThat(shown.getText()).contains("Afventer svar", "Oprydning på byggepladsen", "6 t/uge",
                "Borgeren løfter ikke tungt");
        assertThat(tables.count("introduction WHERE need_id = '" + needId + "' AND citizen_id = '" + citizenId
                + "' AND status = 'PROPOSED'")).isEqualTo(1);

        // The citizen is now in process: the match list says so.
        browser.open("/app/#/behov/" + needId + "/match");
        browser.waitForText(By.cssSelector("main h1"), "Match: " + needTitle);
        assertThat(card("li.match", "Mette Lund").getText()).contains("I forløb");
        browser.screenshot("introduction-consultant");
    }

    @Test
    void theEmployerSeesTheNamedCitizenAndAnswersJaTakOrNejTakWithAReason() {
        String accepted = citizen("Anna Holm");
        String declined = citizen("Bo Nielsen");
        introduce(accepted);
        introduce(declined);
        String username = "jensen-" + UUID.randomUUID().toString().substring(0, 6);
        api.employerLogin(consultant, employerId, username);

        browser.logIn(username, "hemmeligt-kodeord");
        browser.open("/app/#/behov/" + needId);
        browser.waitForText(By.id("introductions"), "Præsentationer");
        WebElement anna = card("li.introduction", "Anna Holm");
        assertThat(anna.getText()).contains("Afventer svar", "Oprydning på byggepladsen (6 t/uge)",
                "Borgeren løfter ikke tungt; tunge løft klares af kolleger eller med hjælpemidler.",
                "Borgeren arbejder i rolige omgivelser uden vedvarende støj.")
                .doesNotContain("Ryg").doesNotContain("sag-2026");
        browser.screenshot("introduction-employer");

        browser.tap(anna.findElement(By.xpath(".//button[text()='Ja tak']")));
        browser.waitForText(By.cssSelector("li.introduction[data-status=ACCEPTED]"), "Anna Holm");

        WebElement bo = card("li.introduction", "Bo Nielsen");
        browser.tap(bo.findElement(By.xpath(".//button[text()='Nej tak']")));
        new Select(browser.find(By.cssSelector("li.introduction[data-status=PROPOSED] select[name=reasonCode]")))
                .selectByValue("NO_TIME_TO_TRAIN");
        browser.tap(By.xpath("//li[@data-status='PROPOSED']//button[text()='Send afslag']"));
        browser.waitForText(By.cssSelector("li.introduction[data-status=DECLINED]"), "Bo Nielsen");
        assertThat(browser.find(By.cssSelector("li.introduction[data-status=DECLINED]")).getText())
                .contains("Nej tak – ingen tid til oplæring lige nu");
        assertThat(tables.count("introduction WHERE citizen_id = '" + accepted + "' AND status = 'ACCEPTED'"))
                .isEqualTo(1);
        assertThat(tables.count("introduction WHERE citizen_id = '" + declined + "' AND status = 'DECLINED'"
                + " AND reason_code = 'NO_TIME_TO_TRAIN'")).isEqualTo(1);
    }

    private String citizen(String name) {
        Map<String, Object> profile = TestData.citizen(TestData.randomExternalRef());
        profile.put("displayName", name);
        profile.put("competences", java.util.List.of("oprydning", word));
        return api.createCitizen(consultant, profile);
    }

    private void introduce(String citizenId) {
        api.as(consultant).body(Map.of("citizenId", citizenId)).post("/api/v1/needs/" + needId + "/introductions")
                .then().statusCode(201);
    }

    /** The card of this kind naming the citizen, once drawn. */
    private WebElement card(String css, String name) {
        browser.waitForText(By.cssSelector("main"), name);
        return browser.all(By.cssSelector(css)).stream().filter(e -> e.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + css + " for " + name));
    }
}
