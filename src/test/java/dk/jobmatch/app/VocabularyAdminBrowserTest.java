package dk.jobmatch.app;

import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrators' "Ordforråd" in the app (issue 24): a concept found by one of its words,
 * given another word and saved, the change in force; a broken rule shown at the input it is about;
 * two administrators saving the same concept; a new concept; and a consultant, who is not offered the screen.
 */
@ServerTest
@Tag(Tiers.BROWSER)
class VocabularyAdminBrowserTest extends BrowserTestSupport {

    private static final String CONCEPTS = "/api/v1/vocabulary/concepts";
    private static final By SAVE = By.cssSelector("form[aria-label='Ret begrebet'] button[type=submit]");


    @Test
    void anAdministratorGivesAConceptAnotherWordSeesItInForceAndEachRefusalWhereItBelongs() {
        // Words of its own, letters only (concepts stay in the test database), so no other concept has them.
        String unique = UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "q");
        String id = "cleaning.test-" + unique;
        String admin = api.admin();
        api.as(admin).body(Map.of("id", id, "type", "COMPETENCE", "preferredLabel", "ordtest" + unique,
                "altLabels", List.of("ordprøve" + unique), "broader", "cleaning.rengoering")).post(CONCEPTS)
                .then().statusCode(201);

        browser.logInAs("admin", "admin");
        assertThat(fetched("concept")).as("the screen is not part of the first visit").isFalse();
        browser.tap(By.id("vocabulary-link"));
        browser.find(By.id("concept-q")).sendKeys("ordprøve" + unique);
        browser.tap(By.cssSelector("form[role=search] button[type=submit]"));
        browser.waitForText(By.id("concepts-h"), "1 begreb med");
        browser.screenshot("vocabulary-01-found");
        browser.tap(By.linkText("ordtest" + unique));

        browser.waitForText(By.cssSelector("main h1"), "ordtest" + unique);
        browser.tap(By.id("alt-add"));
        browser.find(By.id("alt-2")).sendKeys("Ordforsøg" + unique);
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.tap(SAVE);

        browser.waitForText(By.id("saved"), "når søgeindekset er bygget om i baggrunden");
        assertThat(browser.find(By.id("alt-2")).getAttribute("value")).isEqualTo("ordforsøg" + unique);
        browser.screenshot("vocabulary-02-saved");
        // The list reads the saved vocabulary at once; type-ahead once this instance has taken it in.
        browser.open("/app/#/ordforraad?q=ordfors%C3%B8g" + unique);
        browser.waitForText(By.id("concepts"), "ordtest" + unique);
        Eventually.within(Duration.ofSeconds(60), () -> id.equals(api.as(admin).queryParam("q", "ordforsøg" + unique)
                .get("/api/v1/vocabulary/suggest").jsonPath().getString("items[0].conceptId")));

        // A word another concept has: refused, and said at the third word's own input.
        browser.open("/app/#/ordforraad/" + id);
        browser.tap(By.id("alt-add"));
        browser.find(By.id("alt-3")).sendKeys("rengøring");
        browser.tap(SAVE);
        browser.waitForText(By.id("alt-3-fejl"), "“rengøring” hører allerede til begrebet cleaning.rengoering");
        WebElement third = browser.find(By.id("alt-3"));
        assertThat(third.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(third.getAttribute("aria-describedby")).contains("alt-3-fejl");
        browser.waitForText(By.cssSelector("form [role=alert]"), "Andet ord 3:");
        browser.screenshot("vocabulary-03-refused-at-the-field");
        assertThat(api.as(admin).get(CONCEPTS + "/" + id).jsonPath().getList("altLabels")).hasSize(2);

        // Another administrator saves meanwhile: this edit is refused (412), and the page offers the newest.
        api.as(admin).header("If-Match", "\"2\"").body(Map.of("type", "COMPETENCE", "preferredLabel", "ordtest" + unique,
                "altLabels", List.of("ordprøve" + unique, "ordforsøg" + unique, "ordandet" + unique)))
                .put(CONCEPTS + "/" + id).then().statusCode(200);
        browser.tap(By.cssSelector("button[aria-label='Fjern andet ord 3']"));
        browser.tap(SAVE);
        browser.waitForText(By.id("concept-notice"), "En anden administrator har gemt begrebet");
        browser.screenshot("vocabulary-04-saved-by-another");
        browser.tap(By.xpath("//button[normalize-space()='Hent den nyeste udgave']"));
        Eventually.within(Duration.ofSeconds(15), () -> !browser.all(By.id("alt-3")).isEmpty()
                && ("ordandet" + unique).equals(browser.all(By.id("alt-3")).get(0).getAttribute("value")));
        assertThat(browser.all(By.id("concept-notice")).get(0).getText()).isEmpty();

        // A new concept: an id in use is refused at the id (409), another one is added.
        browser.open("/app/#/ordforraad/nyt");
        browser.find(By.id("concept-id")).sendKeys(id);
        browser.find(By.id("concept-label")).sendKeys("ordny" + unique);
        By create = By.cssSelector("form[aria-label='Nyt begreb'] button[type=submit]");
        browser.tap(create);
        browser.waitForText(By.id("concept-id-fejl"), "et id bruges kun én gang");
        browser.find(By.id("concept-id")).sendKeys("-ny");
        browser.tap(create);
        browser.waitForText(By.id("saved"), "Begrebet er gemt.");
        assertThat(browser.url()).endsWith("#/ordforraad/" + id + "-ny");
        api.as(admin).get(CONCEPTS + "/" + id + "-ny").then().statusCode(200);
    }

    @Test
    void aConsultantIsNeitherOfferedTheVocabularyNorShownIt() {
        browser.logInAsConsultant();
        assertThat(browser.all(By.id("vocabulary-link"))).isEmpty();

        browser.open("/app/#/ordforraad");
        browser.waitForText(By.cssSelector("main [role=alert]"), "Du har ikke adgang til dette.");
        assertThat(browser.all(By.id("concepts"))).isEmpty();
    }

    private boolean fetched(String module) {
        return (Boolean) browser.script("return performance.getEntriesByType('resource')"
                + ".some((entry) => entry.name.includes('/views/' + arguments[0]))", module);
    }
}
