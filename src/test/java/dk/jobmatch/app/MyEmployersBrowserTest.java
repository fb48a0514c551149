package dk.jobmatch.app;

import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coordination across consultants in the phone app, in headless Chromium against the real server:
 * "Mine virksomheder" (the caller's employers, overdue contact first, a contact logged in a few
 * taps) and the caller's caseload on the start screen. Screenshots go to target/screenshots/.
 */
@ServerTest
@Tag(Tiers.BROWSER)
class MyEmployersBrowserTest extends BrowserTestSupport {


    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private void contact(String token, String employerId, LocalDate date, LocalDate next) {
        api.as(token).body(Map.of("date", date.toString(), "format", "EMAIL", "nextContactDate", next.toString()))
                .post("/api/v1/employers/" + employerId + "/contacts").then().statusCode(201);
    }

    /** A CONSULTANT login of its own, so that what it owns and carries is exactly what the test made. */
    private String newConsultant(String username, String displayName) {
        api.as(api.admin()).body(Map.of("username", username, "password", "hemmeligt-kodeord", "role", "CONSULTANT",
                "displayName", displayName)).post("/api/v1/admin/accounts").then().statusCode(201);
        return api.login(username, "hemmeligt-kodeord");
    }

    @Test
    void mineVirksomhederListsOverdueContactFirstAndLogsAContactInAFewTaps() {
        String username = "birgit." + UUID.randomUUID().toString().substring(0, 8);
        String birgit = newConsultant(username, "Birgit Lund");
        String planned = api.createEmployer(birgit, "Planlagt Maskinfabrik ApS", TestData.randomCvr());
        String late = api.createEmployer(birgit, "Forsinket Bageri ApS", TestData.randomCvr());
        String never = api.createEmployer(birgit, "Aldrig Kontaktet VVS ApS", TestData.randomCvr());
        api.createEmployer(consultant, "Andres Virksomhed ApS", TestData.randomCvr());
        contact(birgit, planned, today(), today().plusDays(10));
        contact(birgit, late, today().minusDays(20), today().minusDays(5));

        browser.logInAs(username, "hemmeligt-kodeord");
        browser.tap(By.linkText("Mine virksomheder"));
        browser.waitForText(By.cssSelector("main h1"), "Mine virksomheder");
        browser.waitForText(By.tagName("main"), "Planlagt Maskinfabrik ApS");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("3 virksomheder, 2 med overskredet kontakt.").doesNotContain("Andres Virksomhed ApS");
        List<String> order = browser.all(By.cssSelector("main li.card h2")).stream().map(WebElement::getText).toList();
        assertThat(order).containsExactly("Aldrig Kontaktet VVS ApS", "Forsinket Bageri ApS", "Planlagt Maskinfabrik ApS");
        assertThat(card(never).getText()).contains("Ingen kontakt registreret endnu", "Ingen næste kontakt planlagt",
                "Kontakt overskredet");
        assertThat(card(late).getText()).contains("Sidste kontakt:", "Næste kontakt:", "Kontakt overskredet");
        assertThat(card(planned).getText()).contains("Næste kontakt:").doesNotContain("overskredet");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("40-mine-virksomheder");

        browser.tap(card(late).findElement(By.linkText("Registrér kontakt")));
        browser.waitForText(By.cssSelector("main h1"), "Registrér kontakt");
        browser.waitForText(By.tagName("main"), "Forsinket Bageri ApS");
        assertThat(browser.find(By.name("date")).getAttribute("value")).isEqualTo(today().toString());
        assertThat(browser.find(By.name("nextContactDate")).getAttribute("value"))
                .isEqualTo(today().plusDays(14).toString());
        assertThat(browser.find(By.tagName("form")).getText())
                .contains("Besøg på virksomheden", "Telefon", "E-mail", "Møde");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Seneste kontakter", "E-mail · Birgit Lund");
        browser.tap(By.cssSelector("input[name=format][value=PHONE]"));
        browser.find(By.name("summary")).sendKeys("Talte med ejeren om en praktikplads i bageriet.");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("41-registrer-kontakt");
        browser.tap(By.xpath("//button[text()='Gem kontakt']"));

        browser.waitForText(By.id("status"), "Kontakten er gemt.");
        browser.waitForText(By.cssSelector("main h1"), "Mine virksomheder");
        browser.waitForText(By.tagName("main"), "3 virksomheder, 1 med overskredet kontakt.");
        assertThat(card(late).getText()).doesNotContain("overskredet");
        assertThat(tables.count("employer_contact WHERE employer_id = '" + late + "' AND contact_format = 'PHONE'"
                + " AND consultant = '" + username + "' AND summary = 'Talte med ejeren om en praktikplads i bageriet.'"
                + " AND contact_date = DATE '" + today() + "' AND next_contact_date = DATE '" + today().plusDays(14) + "'"))
                .isEqualTo(1);
        assertThat(tables.count("employer WHERE id = '" + late + "' AND next_contact_date = DATE '"
                + today().plusDays(14) + "'")).isEqualTo(1);
        // Overdue first still: only the one never contacted is left before the others.
        List<String> after = browser.all(By.cssSelector("main li.card h2")).stream().map(WebElement::getText).toList();
        assertThat(after.getFirst()).isEqualTo("Aldrig Kontaktet VVS ApS");
    }

    @Test
    void theStartScreenShowsTheCallersCaseload() {
        String username = "carl." + UUID.randomUUID().toString().substring(0, 8);
        String carl = newConsultant(username, "Carl Dam");
        String employerId = api.createEmployer(carl, "Carls Lager ApS", TestData.randomCvr());
        Map<String, Object> need = TestData.need();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) need.get("tasks");
        tasks.forEach(task -> task.put("capacity", 10));
        String needId = api.createNeed(carl, employerId, need);
        for (int i = 0; i < 2; i++) {
            String citizen = api.createCitizen(carl, TestData.citizen(TestData.randomExternalRef()));
            api.draftAgreement(carl, citizen, needId, today().plusDays(7).toString());
        }

        browser.logInAs(username, "hemmeligt-kodeord");
        browser.waitForText(By.id("caseload"), "loft");
        assertThat(browser.find(By.id("caseload")).getText())
                .isEqualTo("2 aktive aftaler · 2 borgere i forløb · 1 virksomhed · loft 33");
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("42-caseload");
        browser.tap(By.linkText("1 virksomhed"));
        browser.waitForText(By.cssSelector("main h1"), "Mine virksomheder");
        browser.waitForText(By.tagName("main"), "Carls Lager ApS");
    }

    private WebElement card(String employerId) {
        return browser.find(By.id("emp-" + employerId));
    }
}
