package dk.jobmatch.app;

import dk.jobmatch.agreement.DraftExpiryProbe;
import dk.jobmatch.support.Eventually;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import io.micronaut.context.BeanContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The consultants' phone app, driven in headless Chromium against the real server: log in, search,
 * open a need and its matches, create and approve an agreement, read its document and PDF, see the
 * hour types and the kombi split of an agreement, and record a follow-up from the due list; see a need's
 * places taken (FILLED), a citizen's committed and remaining hours, delete a draft, and an expired draft;
 * an amendment of an ACTIVE agreement awaiting approval while the version in force still takes follow-ups.
 * Every step leaves a screenshot in target/screenshots/.
 */
@ServerTest
@Tag(Tiers.BROWSER)
class ConsultantAppBrowserTest extends BrowserTestSupport {

    @Inject
    TestClock clock;
    @Inject
    BeanContext context;

    String word;
    String employerId;
    String needId;

    @BeforeEach
    void seed() {
        word = "tag" + UUID.randomUUID().toString().substring(0, 6);
        employerId = api.createEmployer(consultant, "Tømrerfirma Jensen ApS", TestData.randomCvr());
        Map<String, Object> need = TestData.need();
        need.put("title", "Oprydning og kørsel på byggepladser " + word);
        needId = api.createNeed(consultant, employerId, need);
        citizen("Anna Holm", "FLEKSJOB", List.of("oprydning", "affaldssortering", "lagerarbejde"),
                List.of("NO_HEAVY_LIFTING"), 6, 10);
        citizen("Bo Madsen", "RESSOURCEFORLOEB", List.of("oprydning", "kørsel", "affaldssortering"), List.of(), 8, 15);
        citizen("Camilla Berg", "AKTIVITETSPARAT", List.of("rengøring", "oprydning"),
                List.of("NO_DRIVING", "NO_EARLY_MORNING"), 5, 8);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void logInWithTheKeyboardSearchAndSeeANeedAsTheWheelsFourParts() {
        browser.open("/app/");
        browser.find(By.name("username"));
        browser.screenshot("01-login");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        browser.find(By.name("username")).sendKeys("consultant");
        browser.find(By.name("password")).sendKeys("forkert");
        browser.tap(By.cssSelector("button[type=submit]"));
        assertThat(browser.find(By.cssSelector("[role=alert]")).getText()).isEqualTo("Forkert brugernavn eller adgangskode.");
        browser.open("/app/#/login");
        browser.driver().navigate().refresh();
        browser.find(By.name("username"));
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertThat(browser.driver().switchTo().activeElement().getAttribute("name")).isEqualTo("username");
        new Actions(browser.driver()).sendKeys("consultant", Keys.TAB, "consultant", Keys.ENTER).perform();

        browser.waitForText(By.cssSelector("main h1"), "Find behov og borgere");
        WebElement query = browser.find(By.name("q"));
        query.sendKeys(word);
        browser.find(By.cssSelector("button[type=submit]")).click();
        browser.waitForText(By.id("results"), word);
        browser.screenshot("02-search-needs");
        browser.find(By.partialLinkText("Oprydning og kørsel")).click();

        browser.waitForText(By.cssSelector("main h1"), "Oprydning og kørsel på byggepladser");
        assertThat(browser.all(By.cssSelector("section.wheel-part h2")).stream().map(WebElement::getText))
                .containsExactly("1. Arbejdsopgaver", "2. Kompetencebehov", "3. Ufravigelige krav",
                        "4. Fleksible forventninger");
        String page = browser.find(By.tagName("main")).getText();
        assertThat(page).contains("Tømrerfirma Jensen ApS", "Oprydning på byggepladsen · 6 t/uge", "Kørekort B",
                "Gradvis opstart", "Krav i opgaven: tunge løft, kørsel", "affaldssortering");
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("03-need-wheel");

        browser.open("/app/#/?q=oprydning&i=borgere");
        browser.waitForText(By.id("results"), "oprydning");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Anna Holm", "Bo Madsen");
        browser.screenshot("04-search-citizens");
    }

    @Test
    void matchesShowScoreCarvedTasksHoursAndReasonsAndBecomeAnApprovedAgreement() throws IOException {
        browser.logInAsConsultant();
        browser.open("/app/#/behov/" + needId + "/match");
        WebElement first = browser.find(By.cssSelector("li.match"));
        assertThat(first.getText()).containsPattern("^1\\. (Anna Holm|Bo Madsen|Camilla Berg)")
                .containsPattern("Match \\d+ %").contains("Stærkt match", "Foreslået:",
                        "Oprydning på byggepladsen (6 t/uge)", "Hvorfor");
        // Fit before convenience: the tiers in words, best first, then the score within a tier.
        List<String> tiers = browser.all(By.cssSelector("li.match .badge.fit")).stream().map(WebElement::getText).toList();
        assertThat(tiers).isNotEmpty().isSortedAccordingTo(java.util.Comparator.comparingInt(
                List.of("Stærkt match", "Delvist match", "Kun rammerne passer")::indexOf)).doesNotContain("");
        List<String> names = browser.all(By.cssSelector("li.match h2")).stream().map(WebElement::getText).toList();
        assertThat(names).noneMatch(n -> n.contains("Camilla Berg")); // no driving licence: a non-negotiable
        WebElement anna = browser.all(By.cssSelector("li.match")).stream()
                .filter(card -> card.getText().contains("Anna Holm")).findFirst().orElseThrow();
        assertThat(anna.getText()).contains("skånehensyn: ingen tunge løft",
                "Har 2 af 3 ønskede kompetencer: oprydning, affaldssortering", "af højst 20 km til arbejdspladsen")
                .doesNotContain("fritekst");
        assertThat(anna.findElements(By.xpath(".//h3[text()='Opgaver']/following-sibling::ul[1]/li")))
                .extracting(WebElement::getText) // carved: the heavy landfill run is left out
                .containsExactly("Oprydning på byggepladsen (6 t/uge)");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("05-matches");
        browser.tap(By.id("fit-filter"));
        browser.waitForUrl("pasform=delvis");
        browser.waitForText(By.id("fit-filter"), "Vis også dem, hvor kun rammerne passer");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Anna Holm").doesNotContain("Kun rammerne passer");
        browser.tap(By.id("fit-filter"));
        browser.waitForText(By.id("fit-filter"), "Skjul dem, hvor kun rammerne passer");
        anna = browser.all(By.cssSelector("li.match")).stream()
                .filter(card -> card.getText().contains("Anna Holm")).findFirst().orElseThrow();

        browser.tap(anna.findElement(By.xpath(".//button[text()='Opret aftaleudkast']")));
        browser.waitForUrl("#/aftaler/");
        browser.waitForText(By.tagName("main"), "Status: Udkast");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Anna Holm hos Tømrerfirma Jensen ApS",
                "Oprydning på byggepladsen");
        // a flexjob citizen on a recruitment: fleksjob hours, every planned hour paid
        assertThat(browser.all(By.cssSelector("ul.tasks li"))).extracting(WebElement::getText)
                .containsExactly("Oprydning på byggepladsen (6 t/uge) · Fleksjob");
        assertThat(browser.all(By.cssSelector("table.clauses th"))).extracting(WebElement::getText)
                .containsExactly("Fra", "Timer", "Praktik", "Løn", "Effektivitet");
        assertThat(browser.all(By.cssSelector("table.clauses tbody tr td:nth-child(3)"))).extracting(WebElement::getText)
                .isNotEmpty().containsOnly("0");
        browser.screenshot("06-agreement-draft");
        for (String party : List.of("borger", "arbejdsgiver", "konsulent")) {
            browser.tap(By.xpath("//button[text()='Godkend som " + party + "']"));
            browser.waitForText(By.tagName("main"), "✓ Godkendt af " + party);
        }
        browser.waitForText(By.tagName("main"), "Status: Aktiv");

        browser.tap(By.xpath("//button[text()='Vis dokument']"));
        WebElement document = browser.find(By.cssSelector("iframe.document"));
        browser.driver().switchTo().frame(document);
        assertThat(browser.find(By.tagName("h1")).getText()).isNotBlank();
        assertThat(browser.find(By.tagName("body")).getText()).contains("Anna Holm", "Tømrerfirma Jensen ApS",
                "Timetype", "Fleksjob", "Praktiktimer", "Løntimer");
        browser.driver().switchTo().defaultContent();
        browser.screenshot("07-agreement-active");

        String agreementId = browser.url().replaceAll(".*#/aftaler/", "");
        Path pdf = Browser.DOWNLOADS.resolve("arbejdsaftale-" + agreementId + ".pdf");
        Files.deleteIfExists(pdf);
        browser.tap(By.xpath("//button[text()='Hent PDF']"));
        awaitFile(pdf);
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAgreementShowsEachTasksHourTypeAndTheKombiSplitPerStep() {
        Map<String, Object> bo = TestData.citizen(TestData.randomExternalRef());
        bo.put("displayName", "Bo Kombi");
        bo.put("targetGroup", "RESSOURCEFORLOEB");
        bo.put("accommodations", List.of());
        bo.put("hoursPerWeek", Map.of("min", 8, "max", 15)); // 10 h growing to 15 in three steps
        String agreementId = api.draftAgreement(consultant, api.createCitizen(consultant, bo), needId, "2026-12-01");
        // the kombi model: clean-up stays praktik, the landfill run is paid, and the plan moves hours to pay
        Map<String, Object> edit = api.agreementEdit(consultant, agreementId);
        List<Map<String, Object>> tasks = ((List<Map<String, Object>>) edit.get("tasks")).stream()
                .map(t -> (Map<String, Object>) new java.util.HashMap<>(t)).toList();
        tasks.stream().filter(t -> t.get("title").equals("Kørsel til genbrugsplads")).forEach(t -> {
            t.remove("paid");
            t.put("hourType", "LOENTIMER");
        });
        List<Map<String, Object>> clauses = ((List<Map<String, Object>>) edit.get("progression")).stream()
                .map(c -> (Map<String, Object>) new java.util.HashMap<>(c)).toList();
        clauses.forEach(c -> c.put("paidHoursPerWeek", 4));
        clauses.getLast().put("paidHoursPerWeek", clauses.getLast().get("hoursPerWeek"));
        edit.put("tasks", tasks);
        edit.put("progression", clauses);
        api.as(consultant).body(edit).put("/api/v1/agreements/" + agreementId).then().statusCode(200);

        browser.logInAsConsultant();
        browser.open("/app/#/aftaler/" + agreementId);
        browser.waitForText(By.tagName("main"), "Bo Kombi hos");
        assertThat(browser.all(By.cssSelector("ul.tasks li"))).extracting(WebElement::getText).containsExactly(
                "Oprydning på byggepladsen (6 t/uge) · Virksomhedspraktik (ulønnet)",
                "Kørsel til genbrugsplads (4 t/uge) · Ordinære løntimer");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Kombi-model: virksomhedspraktik (ulønnet) 6 t/uge, ordinære løntimer 4 t/uge.")
                .doesNotContain("null", "undefined");
        List<String> praktik = browser.all(By.cssSelector("table.clauses tbody tr td:nth-child(3)")).stream()
                .map(WebElement::getText).toList();
        List<String> paid = browser.all(By.cssSelector("table.clauses tbody tr td:nth-child(4)")).stream()
                .map(WebElement::getText).toList();
        assertThat(paid.getFirst()).isEqualTo("4");
        assertThat(praktik.getLast()).isEqualTo("0");
        assertThat(paid.getLast()).isEqualTo(clauses.getLast().get("hoursPerWeek").toString().replace(".0", "").replace('.', ','));
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("11-agreement-kombi");
    }

    @Test
    void aNeedShowsThePlacesTakenPerTaskAndIsBesatWhenTheLastPlaceIsTaken() {
        Map<String, Object> shared = TestData.cleanUpTask();
        shared.put("capacity", 2);
        Map<String, Object> need = TestData.need("Oprydning for to " + word, shared);
        String sharedNeed = api.createNeed(consultant, employerId, need);
        api.draftAgreement(consultant, namedCitizen("Eva Lund", 6, 10), sharedNeed, "2026-12-01");

        browser.logInAsConsultant();
        browser.open("/app/#/behov/" + sharedNeed); // the search page just left shows places taken too
        browser.waitForText(By.cssSelector("main h1"), "Oprydning for to");
        assertThat(browser.all(By.cssSelector("main > p.capacity"))).extracting(WebElement::getText)
                .containsExactly("1 ledig plads 1 af 2 pladser besat");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Åben · Rekruttering",
                "Ledige opgaver: Oprydning på byggepladsen");
        assertThat(browser.all(By.cssSelector("li.card p.capacity"))).extracting(WebElement::getText)
                .containsExactly("Ledig 1 af 2 pladser besat");

        api.activeAgreement(consultant, namedCitizen("Frank Holt", 6, 10), sharedNeed, "2026-12-01");
        browser.driver().navigate().refresh();
        browser.waitForText(By.tagName("main"), "2 af 2 pladser besat");
        assertThat(browser.all(By.cssSelector("main > p.capacity"))).extracting(WebElement::getText)
                .containsExactly("Besat 2 af 2 pladser besat");
        assertThat(browser.find(By.cssSelector("main > p.capacity .badge.full")).getText()).isEqualTo("Besat");
        assertThat(browser.all(By.cssSelector("li.card p.capacity"))).extracting(WebElement::getText)
                .containsExactly("Besat 2 af 2 pladser besat");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Besat · Rekruttering")
                .doesNotContain("Ledige opgaver", "null", "undefined");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("12-need-filled");

        browser.open("/app/#/?q=" + word + "&i=behov");
        browser.waitForText(By.id("results"), word);
        assertThat(browser.find(By.xpath("//li[a[contains(text(),'Oprydning for to')]]")).getText())
                .contains("Besat · Rekruttering", "2 af 2 pladser besat");
        browser.open("/app/#/behov/" + sharedNeed + "/match");
        browser.waitForText(By.tagName("main"), "Alle pladser er besat");
    }

    @Test
    void aCitizenFromAnotherTradeSeesOnlyMatchesWhereTheFrameFitsAndCanHideThem() {
        Map<String, Object> accountant = TestData.citizen(TestData.randomExternalRef());
        accountant.put("displayName", "Erik Lund");
        accountant.put("competences", List.of("regnskab", "bogføring"));
        accountant.put("experience", "Bogholder i mange år");
        accountant.put("jobGoals", List.of(Map.of("priority", "A", "title", "Bogholder")));
        accountant.put("accommodations", List.of());
        String citizenId = api.createCitizen(consultant, accountant);

        browser.logInAsConsultant();
        browser.open("/app/#/borgere/" + citizenId);
        browser.waitForText(By.cssSelector("main h1"), "Erik Lund");
        List<WebElement> cards = browser.all(By.cssSelector("li.match"));
        assertThat(cards).isNotEmpty().allSatisfy(card -> assertThat(card.getText())
                .contains("Kun rammerne passer", "Ingen af de").containsPattern("Match \\d+ %"));
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("05b-citizen-frame-only");

        browser.tap(By.id("fit-filter"));
        browser.waitForUrl("pasform=delvis");
        browser.waitForText(By.tagName("main"), "Ingen åbne behov med et stærkt eller delvist match lige nu.");
        assertThat(browser.all(By.cssSelector("li.match"))).isEmpty();
    }

    @Test
    void aCitizenShowsTheHoursBoundInAgreementsAndTheHoursLeftForJobNummer2() {
        String citizenId = namedCitizen("Dorte Vang", 6, 10);
        Map<String, Object> sixHours = TestData.need("Oprydning " + word, TestData.cleanUpTask());
        api.draftAgreement(consultant, citizenId, api.createNeed(consultant, employerId, sixHours), "2026-12-01");

        browser.logInAsConsultant();
        browser.open("/app/#/borgere/" + citizenId);
        browser.waitForText(By.cssSelector("main h1"), "Dorte Vang");
        assertThat(browser.find(By.cssSelector("p.commitments")).getText())
                .isEqualTo("Bundet: 6 t/uge i aftaler · Ledigt: 0–4 t/uge");
        assertThat(browser.find(By.tagName("main")).getText()).contains("6–10 t/uge",
                "Plads til et job nummer 2 på op til 4 t/uge.").doesNotContain("null", "undefined", "NaN");
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("13-citizen-hours");

        browser.open("/app/#/borgere/" + namedCitizen("Erik Free", 6, 10));
        browser.waitForText(By.cssSelector("main h1"), "Erik Free");
        assertThat(browser.find(By.cssSelector("p.commitments")).getText())
                .isEqualTo("Bundet: 0 t/uge i aftaler · Ledigt: 6–10 t/uge");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("job nummer 2");

        String booked = namedCitizen("Ida Fuld", 6, 6);
        api.draftAgreement(consultant, booked, api.createNeed(consultant, employerId, sixHours), "2026-12-01");
        browser.open("/app/#/borgere/" + booked);
        browser.waitForText(By.cssSelector("main h1"), "Ida Fuld");
        assertThat(browser.find(By.cssSelector("p.commitments")).getText())
                .isEqualTo("Bundet: 6 t/uge i aftaler · Ledigt: ingen timer");
        assertThat(browser.find(By.cssSelector("p.badge.warn")).getText()).isEqualTo("Alle borgerens timer er bundet i aftaler.");
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
    }

    @Test
    void aDraftIsDeletedFromTheAgreementViewAfterAConfirmAndItsPlaceIsFreeAgain() {
        Map<String, Object> onePlace = TestData.need("Oprydning " + word, TestData.cleanUpTask());
        String onePlaceNeed = api.createNeed(consultant, employerId, onePlace);
        String draftId = api.draftAgreement(consultant, namedCitizen("Gitte Sand", 6, 10), onePlaceNeed, "2026-12-01");

        browser.logInAsConsultant();
        browser.open("/app/#/aftaler/" + draftId);
        browser.waitForText(By.tagName("main"), "Status: Udkast");
        browser.tap(By.xpath("//button[text()='Slet udkast']"));
        browser.tap(By.xpath("//button[text()='Fortryd']"));
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Slet udkast");
        browser.tap(By.xpath("//button[text()='Slet udkast']"));
        WebElement confirm = browser.find(By.cssSelector("[role=group].confirm"));
        assertThat(confirm.getText()).contains("Slet udkastet?", "Det kan ikke fortrydes.");
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Fortryd");
        api.as(consultant).get("/api/v1/agreements/" + draftId).then().statusCode(200);
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("14-draft-delete-confirm");

        browser.tap(By.xpath("//button[text()='Ja, slet udkastet']"));
        browser.waitForUrl("#/behov/" + onePlaceNeed);
        browser.waitForText(By.id("status"), "Udkastet er slettet.");
        browser.waitForText(By.cssSelector("main h1"), "Oprydning " + word);
        assertThat(browser.all(By.cssSelector("main > p.capacity"))).extracting(WebElement::getText)
                .containsExactly("1 ledig plads 0 af 1 plads besat");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Åben · Rekruttering");
        api.as(consultant).get("/api/v1/agreements/" + draftId).then().statusCode(404);
        api.as(consultant).get("/api/v1/needs/" + onePlaceNeed).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("OPEN"))
                .body("tasks[0].available", org.hamcrest.Matchers.equalTo(1));
        browser.screenshot("15-draft-deleted");
        browser.driver().navigate().back();
        assertThat(browser.url()).doesNotContain(draftId);
    }

    @Test
    void anExpiredDraftSaysSoAndCanNoLongerBeApprovedOrDeleted() {
        String expiredId = api.draftAgreement(consultant, namedCitizen("Hanne Kro", 6, 10),
                api.createNeed(consultant, employerId, TestData.need("Oprydning " + word, TestData.cleanUpTask())),
                "2026-12-01");
        clock.advance(Duration.ofDays(22));
        assertThat(DraftExpiryProbe.expireDue(context)).isGreaterThanOrEqualTo(1);
        clock.reset();

        browser.logInAsConsultant();
        browser.open("/app/#/aftaler/" + expiredId);
        browser.waitForText(By.tagName("main"), "Status: Udløbet");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Udkastet blev ikke godkendt i tide og er udløbet.", "Ikke godkendt af borger")
                .doesNotContain("Godkend som", "Slet udkast", "EXPIRED");
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("16-agreement-expired");
    }

    @Test
    void recordAFollowUpFromTheDueListInAFewTaps() {
        String agreementId = activeAgreement(LocalDate.now(ZoneOffset.UTC).minusDays(30));
        browser.logInAsConsultant();
        browser.find(By.linkText("Opfølgning")).click();
        browser.waitForText(By.cssSelector("main h1"), "Opfølgning");
        WebElement card = browser.find(By.xpath("//li[.//a[contains(@href,'" + agreementId + "/opfoelgning')]]"));
        assertThat(card.getText()).contains("Skal følges op", "Tømrerfirma Jensen ApS", "ikke fulgt op endnu");
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("08-due-list");

        browser.tap(card.findElement(By.linkText("Registrér opfølgning")));
        WebElement hoursInput = browser.find(By.name("actualHoursPerWeek"));
        double planned = Double.parseDouble(hoursInput.getAttribute("value"));
        browser.tap(By.cssSelector("button[aria-label='0.5 mere']"));
        browser.find(By.name("notes")).sendKeys("Godt i gang; vil gerne prøve flere timer.");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        browser.screenshot("09-follow-up");
        browser.tap(By.xpath("//button[text()='Gem opfølgning']"));

        browser.waitForUrl("#/aftaler/" + agreementId);
        browser.waitForText(By.id("status"), "Opfølgningen er gemt.");
        browser.waitForText(By.tagName("main"), "Sidst fulgt op");
        Map<String, Object> progress = api.as(consultant).get("/api/v1/agreements/" + agreementId + "/progress")
                .then().statusCode(200).extract().path("");
        assertThat(progress).containsEntry("lastFollowUpDate", java.time.LocalDate.now().toString())
                .containsEntry("dueForFollowUp", false);
        assertThat(tables.count("agreement_follow_up WHERE agreement_id = '" + agreementId
                + "' AND actual_hours = " + (planned + 0.5))).isEqualTo(1);
    }

    @Test
    void anAmendmentAwaitsApprovalWhileTheVersionInForceStaysAndFollowUpsGoOn() {
        String agreementId = activeAgreement(LocalDate.now(ZoneOffset.UTC).minusDays(30));
        Map<String, Object> edit = api.agreementEdit(consultant, agreementId);
        edit.put("purpose", "Flere timer med pakning, aftalt med virksomheden.");
        edit.put("progression", List.of());
        api.as(consultant).body(edit).put("/api/v1/agreements/" + agreementId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("version", equalTo(2)).body("inForceVersion", equalTo(1));
        List<Map<String, Object>> planInForce = api.as(consultant).get("/api/v1/agreements/" + agreementId
                + "/versions/1").then().statusCode(200).extract().path("progression");
        assertThat(planInForce).isNotEmpty();

        browser.logInAsConsultant();
        browser.open("/app/#/aftaler/" + agreementId);
        browser.waitForText(By.tagName("main"), "Ændring afventer godkendelse");
        assertThat(browser.find(By.cssSelector(".amendment .note")).getText()).isEqualTo("Ændring afventer godkendelse. "
                + "Version 2 skal godkendes af borger, arbejdsgiver og konsulent. Indtil da gælder version 1, "
                + "og opfølgning sker efter den.");
        assertThat(browser.find(By.tagName("main")).getText())
                .contains("Status: Aktiv Version 2 (til godkendelse) · version 1 gælder", "Efter version 1, som gælder.",
                        "Ændringen: version 2", "Godkendelser af version 2", "Godkend som borger",
                        "Godkend som arbejdsgiver", "Godkend som konsulent")
                .doesNotContain("✓ Godkendt af", "null", "undefined");
        assertThat(browser.find(By.linkText("Registrér opfølgning")).isDisplayed()).isTrue();
        assertThat(browser.all(By.cssSelector("table.clauses tbody tr"))).as("the amendment has no steps").isEmpty();
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("17-agreement-amendment");

        WebElement toggle = browser.find(By.xpath("//button[text()='Vis gældende version 1']"));
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        browser.tap(toggle);
        browser.waitForText(By.id("in-force"), "Gældende: version 1");
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(toggle.getText()).isEqualTo("Skjul version 1");
        assertThat(browser.all(By.cssSelector("#in-force table.clauses tbody tr"))).hasSameSizeAs(planInForce);
        assertThat(browser.find(By.id("in-force")).getText()).contains("Opgaver", "Progression", "Oprydning på byggepladsen");
        assertThat(PageChecks.unlabelledControls(browser)).isEmpty();
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.screenshot("18-agreement-version-in-force");

        browser.tap(By.linkText("Registrér opfølgning")); // the citizen is still at work under version 1
        WebElement hoursInput = browser.find(By.name("actualHoursPerWeek"));
        assertThat(Double.parseDouble(hoursInput.getAttribute("value"))).as("the plan of the version in force")
                .isEqualTo(plannedToday(planInForce, ((Number) edit.get("hoursPerWeek")).doubleValue()));
        browser.find(By.name("notes")).sendKeys("Ændringen er aftalt; venter på underskrifter.");
        browser.tap(By.xpath("//button[text()='Gem opfølgning']"));
        browser.waitForUrl("#/aftaler/" + agreementId);
        browser.waitForText(By.id("status"), "Opfølgningen er gemt.");
        browser.waitForText(By.tagName("main"), "Sidst fulgt op");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Ændring afventer godkendelse");
        assertThat(tables.count("agreement_follow_up WHERE agreement_id = '" + agreementId + "'")).isEqualTo(1);
        browser.script("arguments[0].scrollIntoView()", browser.find(By.xpath("//h2[text()='Godkendelser af version 2']")));
        browser.screenshot("19-amendment-approvals");

        for (String party : List.of("borger", "arbejdsgiver")) {
            browser.tap(By.xpath("//button[text()='Godkend som " + party + "']"));
            browser.waitForText(By.tagName("main"), "✓ Godkendt af " + party);
        }
        assertThat(browser.find(By.tagName("main")).getText()).contains("Ændring afventer godkendelse");
        browser.tap(By.xpath("//button[text()='Godkend som konsulent']"));
        browser.waitForText(By.id("status"), "Ændringen er godkendt af alle. Version 2 gælder nu.");
        browser.waitForText(By.tagName("main"), "✓ Godkendt af konsulent");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Status: Aktiv Version 2", "Godkendelser\n",
                        "✓ Godkendt af borger", "✓ Godkendt af arbejdsgiver", "Registrér opfølgning")
                .doesNotContain("Ændring afventer", "til godkendelse", "gælder", "Godkend som", "Vis gældende");
        assertThat(browser.all(By.cssSelector(".amendment"))).isEmpty();
        api.as(consultant).get("/api/v1/agreements/" + agreementId).then()
                .body("status", equalTo("ACTIVE")).body("version", equalTo(2)).body("inForceVersion", equalTo(2));
        assertThat(PageChecks.lowContrastTexts(browser)).isEmpty();
        browser.script("window.scrollTo(0, 0)");
        browser.screenshot("20-amendment-approved");
    }

    @Test
    void theContractIsBrowsableAtDocsAndTheAppIsInstallable() {
        browser.open("/docs/");
        browser.waitForText(By.cssSelector(".swagger-ui .info .title"), "Jobmatch API");
        assertThat(browser.all(By.cssSelector(".opblock-tag"))).extracting(WebElement::getText)
                .anySatisfy(tag -> assertThat(tag).contains("Agreements"));
        browser.screenshot("10-docs");

        browser.open("/app/");
        browser.find(By.name("username"));
        Object scope = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(r => done(r.scope)).catch(e => done(String(e)));");
        assertThat(scope).isEqualTo(browser.url().replaceAll("/app/.*", "/app/"));
        api.anonymous().get("/app/manifest.json").then().statusCode(200)
                .body("start_url", org.hamcrest.Matchers.equalTo("/app/"))
                .body("icons.sizes", org.hamcrest.Matchers.hasItems("192x192", "512x512"));
        api.anonymous().get("/app/icons/icon-512.png").then().statusCode(200).contentType("image/png");
    }

    /**
     * Slow mobile networks: the first visit transfers little, measured in the browser. The load
     * time on a throttled link (400 ms latency, 400 kbit/s) is printed, not asserted: timings
     * belong in benchmarks, the byte count does not vary.
     */
    @Test
    void theFirstVisitIsSmallOnTheWire() {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", false,
                "latency", 400, "downloadThroughput", 50_000, "uploadThroughput", 20_000));
        long started = System.nanoTime();
        browser.open("/app/");
        browser.find(By.name("username"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        Number bytes = (Number) browser.script("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .reduce((sum, entry) => sum + entry.transferSize, 0);""");
        System.out.printf("App first visit: %.1f KB transferred, login form shown after %d ms at 400 ms / 400 kbit/s%n",
                bytes.doubleValue() / 1024, millis);
        // 52 KB: the views are preloaded (fewer round trips on slow links), and the coordination and
        // results screens took the first visit past 40 KB (50.7 KB on 2026-11-27). The results screen
        // and the administrators' Ordforråd are fetched on demand after the login (46.8 KB since).
        assertThat(bytes.longValue()).as("bytes of the first visit").isPositive().isLessThan(52 * 1024);
    }

    private void citizen(String name, String targetGroup, List<String> competences, List<String> accommodations,
                         int minHours, int maxHours) {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("displayName", name);
        citizen.put("targetGroup", targetGroup);
        citizen.put("competences", competences);
        citizen.put("accommodations", accommodations);
        citizen.put("hoursPerWeek", Map.of("min", minHours, "max", maxHours));
        if (name.startsWith("Camilla")) {
            citizen.put("qualifications", List.of("DANISH_SPOKEN"));
        }
        api.createCitizen(consultant, citizen);
    }

    private String namedCitizen(String name, int minHours, int maxHours) {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("displayName", name);
        citizen.put("hoursPerWeek", Map.of("min", minHours, "max", maxHours));
        return api.createCitizen(consultant, citizen);
    }

    private String activeAgreement(LocalDate start) {
        Map<String, Object> anna = TestData.citizen(TestData.randomExternalRef());
        anna.put("displayName", "Anna Holm");
        return api.activeAgreement(consultant, api.createCitizen(consultant, anna), needId, start.toString());
    }

    /** The hours a plan sets for today: the start hours until the first step is due. */
    private static double plannedToday(List<Map<String, Object>> plan, double startHours) {
        String today = LocalDate.now().toString();
        return plan.stream().filter(c -> ((String) c.get("dueDate")).compareTo(today) <= 0)
                .map(c -> ((Number) c.get("hoursPerWeek")).doubleValue()).reduce((a, b) -> b).orElse(startHours);
    }

    private static void awaitFile(Path file) {
        Eventually.within(Duration.ofSeconds(15), () -> Files.exists(file));
    }
}
