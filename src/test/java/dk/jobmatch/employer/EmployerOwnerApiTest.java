package dk.jobmatch.employer;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

/**
 * Employers' owners (the consultant who keeps the contact) and the list's owner= and
 * contactOverdue= filters, with time moved by the test clock.
 */
@ServerTest
class EmployerOwnerApiTest extends ApiTestSupport {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A new CONSULTANT login of its own, so that "owned by" starts from nothing; returns its token. */
    private String newConsultant(String username, String displayName) {
        api.as(api.admin()).body(Map.of("username", username, "password", "hemmeligt-kodeord", "role", "CONSULTANT",
                "displayName", displayName)).post("/api/v1/admin/accounts").then().statusCode(201);
        return api.login(username, "hemmeligt-kodeord");
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private void contact(String token, String employerId, LocalDate date, LocalDate next) {
        api.as(token).body(Map.of("date", date.toString(), "format", "PHONE", "nextContactDate", next.toString()))
                .post("/api/v1/employers/" + employerId + "/contacts").then().statusCode(201);
    }

    @Test
    void theRegisteringConsultantOwnsTheEmployerAndAnIntegrationsEmployerHasNoOwner() {
        String id = api.createEmployer(consultant, "Ejet ApS", TestData.randomCvr());
        api.as(consultant).get("/api/v1/employers/" + id).then().statusCode(200)
                .body("owner.username", equalTo("consultant")).body("owner.displayName", equalTo("Standardkonsulent"))
                .body("$", not(hasKey("lastContactDate"))).body("$", not(hasKey("nextContactDate")))
                // Owned, but no contact planned: overdue until one is.
                .body("contactOverdue", equalTo(true));
        String byAdmin = api.createEmployer(api.admin(), "Admins ApS", TestData.randomCvr());
        api.as(consultant).get("/api/v1/employers/" + byAdmin).then().body("owner.username", equalTo("admin"));

        String integrated = api.createEmployer(api.integration(), "Integreret ApS", TestData.randomCvr());
        api.as(consultant).get("/api/v1/employers/" + integrated).then().statusCode(200)
                .body("$", not(hasKey("owner"))).body("contactOverdue", equalTo(false));
        // Sent by a client, an owner and contact dates are ignored: the server sets them.
        Map<String, Object> pretend = TestData.employer("Påstået ApS", TestData.randomCvr());
        pretend.put("owner", Map.of("username", "admin"));
        pretend.put("lastContactDate", "2026-01-01");
        api.as(api.integration()).body(pretend).post("/api/v1/employers").then().statusCode(201)
                .body("$", not(hasKey("owner"))).body("$", not(hasKey("lastContactDate")));
    }

    @Test
    void theOwnerIsSetToAConsultantOrAdministratorAccount() {
        String username = unique("ejer");
        newConsultant(username, "Ole Ejer");
        String id = api.createEmployer(api.integration(), "Uden Ejer ApS", TestData.randomCvr());

        api.as(consultant).body(Map.of("username", username)).put("/api/v1/employers/" + id + "/owner")
                .then().statusCode(200).body("id", equalTo(id))
                .body("owner.username", equalTo(username)).body("owner.displayName", equalTo("Ole Ejer"));
        api.as(api.integration()).get("/api/v1/employers/" + id).then().body("owner.username", equalTo(username));
        api.as(api.admin()).body(Map.of("username", "admin")).put("/api/v1/employers/" + id + "/owner")
                .then().statusCode(200).body("owner.username", equalTo("admin"))
                .body("owner.displayName", equalTo("Administrator"));
        assertThat(tables.count("employer WHERE id = '" + id + "' AND owner_username = 'admin'")).isEqualTo(1);
    }

    @Test
    void anOwnerThatIsNoConsultantIs422AndChangesNothing() {
        String id = api.createEmployer(consultant, "Behold Ejer ApS", TestData.randomCvr());
        String employerLogin = unique("hr");
        api.employerLogin(consultant, id, employerLogin);
        String before = tables.writeFootprint();
        for (String username : List.of("ingen-saadan-bruger", "integration", employerLogin)) {
            api.as(consultant).body(Map.of("username", username)).put("/api/v1/employers/" + id + "/owner")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("username")));
        }
        api.as(consultant).body(Map.of("username", "")).put("/api/v1/employers/" + id + "/owner")
                .then().statusCode(422).body("errors.field", equalTo(List.of("username")));
        api.as(consultant).body(Map.of()).put("/api/v1/employers/" + id + "/owner")
                .then().statusCode(422).body("errors.field", equalTo(List.of("username")));
        assertThat(tables.writeFootprint()).isEqualTo(before);
        assertThat(tables.count("employer WHERE id = '" + id + "' AND owner_username = 'consultant'")).isEqualTo(1);
    }

    @Test
    void onlyConsultantsAndAdministratorsSetOwnersOfEmployersThatExist() {
        String id = api.createEmployer(consultant, "Adgang ApS", TestData.randomCvr());
        String employer = api.employerLogin(consultant, id, unique("adgang"));
        api.as(employer).body(Map.of("username", "consultant")).put("/api/v1/employers/" + id + "/owner")
                .then().statusCode(403);
        api.as(api.integration()).body(Map.of("username", "consultant")).put("/api/v1/employers/" + id + "/owner")
                .then().statusCode(403);
        api.as(consultant).body(Map.of("username", "consultant")).put("/api/v1/employers/findes-ikke/owner")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theListFiltersByOwnerAndOverdueContactTogetherWithPaging() {
        String username = unique("filter");
        String mine = newConsultant(username, "Fie Filter");
        String planned = api.createEmployer(mine, "A Planlagt ApS", TestData.randomCvr());
        String late = api.createEmployer(mine, "B Forsinket ApS", TestData.randomCvr());
        String never = api.createEmployer(mine, "C Aldrig Kontaktet ApS", TestData.randomCvr());
        String others = api.createEmployer(consultant, "D Andres ApS", TestData.randomCvr());
        contact(mine, planned, today(), today().plusDays(14));
        contact(mine, late, today().minusDays(20), today().minusDays(1));
        contact(consultant, others, today().minusDays(20), today().minusDays(1));

        api.as(mine).queryParam("owner", "me").get("/api/v1/employers").then().statusCode(200)
                .body("items.id", equalTo(List.of(planned, late, never))).body("total", equalTo(3));
        api.as(api.admin()).queryParam("owner", username).get("/api/v1/employers").then().statusCode(200)
                .body("items.id", equalTo(List.of(planned, late, never)))
                .body("items.owner.displayName", equalTo(List.of("Fie Filter", "Fie Filter", "Fie Filter")));
        api.as(mine).queryParam("owner", "me").queryParam("contactOverdue", true).get("/api/v1/employers")
                .then().statusCode(200).body("items.id", equalTo(List.of(late, never))).body("total", equalTo(2))
                .body("items.contactOverdue", equalTo(List.of(true, true)))
                .body("items[0].lastContactDate", equalTo(today().minusDays(20).toString()))
                .body("items[0].nextContactDate", equalTo(today().minusDays(1).toString()));
        api.as(mine).queryParam("owner", "me").queryParam("contactOverdue", false).get("/api/v1/employers")
                .then().statusCode(200).body("items.id", equalTo(List.of(planned))).body("total", equalTo(1))
                .body("items[0].contactOverdue", equalTo(false));
        api.as(mine).queryParam("owner", "me").queryParam("contactOverdue", true).queryParam("size", 1)
                .queryParam("page", 1).get("/api/v1/employers").then().statusCode(200)
                .body("items.id", equalTo(List.of(never))).body("total", equalTo(2)).body("page", equalTo(1));
        // Without owner, overdue spans everyone's employers.
        List<String> overdue = api.as(mine).queryParam("contactOverdue", true).queryParam("size", 100)
                .get("/api/v1/employers").then().statusCode(200).extract().path("items.id");
        assertThat(overdue).contains(late, never, others).doesNotContain(planned);
        api.as(mine).queryParam("owner", "nobody-owns-this").get("/api/v1/employers").then().statusCode(200)
                .body("items", equalTo(List.of())).body("total", equalTo(0));

        // Fifteen days on, the planned contact is overdue too.
        clock.advance(Duration.ofDays(15));
        api.as(mine).queryParam("owner", "me").queryParam("contactOverdue", true).get("/api/v1/employers")
                .then().statusCode(200).body("items.id", equalTo(List.of(planned, late, never)));
    }

    @Test
    void anUnownedEmployerWithoutAPlannedContactIsNotOverdueButOneWithAPassedDateIs() {
        String id = api.createEmployer(api.integration(), "Ingen Ejer ApS", TestData.randomCvr());
        List<String> notOverdue = api.as(consultant).queryParam("contactOverdue", false).queryParam("size", 100)
                .get("/api/v1/employers").then().extract().path("items.id");
        assertThat(notOverdue).contains(id);
        contact(consultant, id, today().minusDays(10), today().minusDays(3));
        api.as(consultant).get("/api/v1/employers/" + id).then()
                .body("$", not(hasKey("owner"))).body("contactOverdue", equalTo(true));
    }

    @Test
    void anEmployerLoginSeesOnlyItsOwnEmployerWhateverTheFilters() {
        String own = api.createEmployer(consultant, "Egen Filter ApS", TestData.randomCvr());
        api.createEmployer(consultant, "Fremmed Filter ApS", TestData.randomCvr());
        String employer = api.employerLogin(consultant, own, unique("egen"));
        api.as(employer).queryParam("owner", "consultant").get("/api/v1/employers").then().statusCode(200)
                .body("items.id", equalTo(List.of(own))).body("total", equalTo(1));
        api.as(employer).queryParam("owner", "admin").get("/api/v1/employers").then().statusCode(200)
                .body("total", equalTo(0));
        api.as(employer).queryParam("contactOverdue", true).get("/api/v1/employers").then().statusCode(200)
                .body("items.id", equalTo(List.of(own)));
    }

    @Test
    void anOverlongOwnerIs400() {
        api.as(consultant).queryParam("owner", "x".repeat(101)).get("/api/v1/employers").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
