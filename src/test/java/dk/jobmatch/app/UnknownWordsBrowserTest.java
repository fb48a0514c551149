package dk.jobmatch.app;

import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unknown words in the app (issue 24): a misspelt competence is saved, shown with the server's
 * warning and the nearest concept, and replaced with one tap; the type-ahead under the competence
 * input offers concepts as the consultant types; a need's task competences work the same way.
 */
@ServerTest
@Tag(Tiers.BROWSER)
class UnknownWordsBrowserTest extends BrowserTestSupport {


    @Test
    void aMisspeltCompetenceIsShownWithItsSuggestionAndReplacedWithOneTap() {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("displayName", "Dorte Ordblind");
        citizen.put("competences", List.of("oprydning"));
        String id = api.createCitizen(consultant, citizen);
        browser.logInAsConsultant();
        browser.open("/app/#/borgere/" + id);

        WebElement input = browser.find(By.id("kompetencer-ny"));
        input.sendKeys("rengørinng");
        browser.waitForText(By.id("kompetencer-ny-forslag"), "rengøring");
        browser.screenshot("unknown-01-type-ahead");
        browser.tap(browser.find(By.cssSelector("#kompetencer button[type=submit]")));

        browser.waitForText(By.cssSelector("#kompetencer .unknown-word"), "\"rengørinng\" læst som \"rengøring\"");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("unknown-02-warning");
        browser.tap(By.xpath("//section[@id='kompetencer']//button[normalize-space()='Brug “rengøring”']"));

        browser.waitForText(By.cssSelector("#kompetencer .tags"), "rengøring");
        assertThat(browser.all(By.cssSelector("#kompetencer .unknown-word"))).isEmpty();
        assertThat(api.as(consultant).get("/api/v1/citizens/" + id).jsonPath().getList("competences"))
                .containsExactly("oprydning", "rengøring");
        browser.screenshot("unknown-03-replaced");
    }

    @Test
    void theTypeAheadFillsTheInputWithTheChosenConcept() {
        String id = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        browser.logInAsConsultant();
        browser.open("/app/#/borgere/" + id);

        WebElement input = browser.find(By.id("kompetencer-ny"));
        input.sendKeys("vinduesp");
        browser.tap(By.xpath("//ul[@id='kompetencer-ny-forslag']//button[starts-with(normalize-space(), 'vinduespudsning')]"));

        assertThat(input.getAttribute("value")).isEqualTo("vinduespudsning");
        assertThat(browser.all(By.cssSelector("#kompetencer-ny-forslag li"))).isEmpty();
    }

    @Test
    void aNeedShowsTheWarningAtItsTaskAndTakesTheSuggestion() {
        String employerId = api.createEmployer(consultant, "Ordrig Rengøring " + UUID.randomUUID(), TestData.randomCvr());
        String needId = api.createNeed(consultant, employerId, TestData.need("Rengøring af kontorer",
                TestData.task("Kontorer", 5, "støvsugning", "rengørinng")));
        browser.logInAsConsultant();
        browser.open("/app/#/behov/" + needId);

        browser.waitForText(By.cssSelector("#opgave-0 .unknown-word"), "\"rengørinng\" læst som \"rengøring\"");
        browser.screenshot("unknown-04-need-warning");
        browser.tap(By.xpath("//section[@id='opgave-0']//button[normalize-space()='Brug “rengøring”']"));

        browser.waitForText(By.cssSelector("#opgave-0 .tags"), "rengøring");
        assertThat(browser.all(By.cssSelector("#opgave-0 .unknown-word"))).isEmpty();
        assertThat(api.as(consultant).get("/api/v1/needs/" + needId).jsonPath().getList("tasks[0].competences"))
                .containsExactly("støvsugning", "rengøring");
    }
}
