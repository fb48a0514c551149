package dk.jobmatch.employer;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** The contact log with an employer: the job centre's internal log, which moves the last and next contact. */
@ServerTest
class EmployerContactApiTest extends ApiTestSupport {

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static Map<String, Object> contact(LocalDate date, String format, LocalDate next, String summary) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", date.toString());
        body.put("format", format);
        if (next != null) {
            body.put("nextContactDate", next.toString());
        }
        if (summary != null) {
            body.put("summary", summary);
        }
        return body;
    }

    private String contacts(String employerId) {
        return "/api/v1/employers/" + employerId + "/contacts";
    }

    @Test
    void aLoggedContactNamesTheConsultantFromTheTokenAndMovesTheEmployersContactDates() {
        String id = api.createEmployer(consultant, "Kontakt ApS", TestData.randomCvr());
        Map<String, Object> body = contact(today().minusDays(2), "WORKPLACE_VISIT", today().plusDays(12),
                "Besøg hos produktionschefen: to nye opgaver i lageret.");
        body.put("consultant", Map.of("username", "admin")); // not the client's to say
        var logged = api.as(consultant).body(body).post(contacts(id)).then().statusCode(201)
                .body("id", notNullValue()).body("employerId", equalTo(id))
                .body("date", equalTo(today().minusDays(2).toString())).body("format", equalTo("WORKPLACE_VISIT"))
                .body("summary", equalTo("Besøg hos produktionschefen: to nye opgaver i lageret."))
                .body("nextContactDate", equalTo(today().plusDays(12).toString()))
                .body("consultant.username", equalTo("consultant"))
                .body("consultant.displayName", equalTo("Standardkonsulent"))
                .body("createdAt", notNullValue()).extract();
        assertThat(logged.header("Location")).endsWith(contacts(id) + "/" + logged.path("id"));
        api.as(consultant).get("/api/v1/employers/" + id).then()
                .body("lastContactDate", equalTo(today().minusDays(2).toString()))
                .body("nextContactDate", equalTo(today().plusDays(12).toString()))
                .body("contactOverdue", equalTo(false));
    }

    @Test
    void theEmployerFollowsTheLatestContactNotTheOneLoggedLast() {
        String id = api.createEmployer(consultant, "Seneste ApS", TestData.randomCvr());
        String admin = api.admin();
        api.as(consultant).body(contact(today().minusDays(1), "PHONE", today().plusDays(13), null))
                .post(contacts(id)).then().statusCode(201);
        // Logged late for an earlier day: it goes in the log but moves neither date.
        api.as(admin).body(contact(today().minusDays(9), "EMAIL", today().plusDays(3), "Mail om praktik"))
                .post(contacts(id)).then().statusCode(201).body("consultant.username", equalTo("admin"));
        api.as(consultant).get("/api/v1/employers/" + id).then()
                .body("lastContactDate", equalTo(today().minusDays(1).toString()))
                .body("nextContactDate", equalTo(today().plusDays(13).toString()));
        // Another contact on the latest day, logged after: its plan counts.
        api.as(consultant).body(contact(today().minusDays(1), "MEETING", today().plusDays(30), null))
                .post(contacts(id)).then().statusCode(201);
        api.as(consultant).get("/api/v1/employers/" + id).then()
                .body("lastContactDate", equalTo(today().minusDays(1).toString()))
                .body("nextContactDate", equalTo(today().plusDays(30).toString()));
        // A newer contact without a plan leaves none: the owner must plan one (overdue until then).
        api.as(consultant).body(contact(today(), "PHONE", null, null)).post(contacts(id)).then().statusCode(201)
                .body("$", not(hasKey("nextContactDate"))).body("$", not(hasKey("summary")));
        api.as(consultant).get("/api/v1/employers/" + id).then()
                .body("lastContactDate", equalTo(today().toString())).body("$", not(hasKey("nextContactDate")))
                .body("contactOverdue", equalTo(true));

        api.as(consultant).get(contacts(id)).then().statusCode(200)
                .body("total", equalTo(4)).body("page", equalTo(0))
                .body("items.format", equalTo(List.of("PHONE", "MEETING", "PHONE", "EMAIL")))
                .body("items.consultant.username", equalTo(List.of("consultant", "consultant", "consultant", "admin")))
                .body("items[3].consultant.displayName", equalTo("Administrator"));
        api.as(admin).queryParam("size", 1).queryParam("page", 3).get(contacts(id)).then().statusCode(200)
                .body("items.summary", equalTo(List.of("Mail om praktik"))).body("total", equalTo(4));
    }

    @Test
    void aContactOnItsDateWithTheNextOnTheSameDayIsFine() {
        String id = api.createEmployer(consultant, "Samme Dag ApS", TestData.randomCvr());
        api.as(consultant).body(contact(today(), "PHONE", today(), "Ring igen i eftermiddag"))
                .post(contacts(id)).then().statusCode(201);
    }

    @Test
    void badContactsAre422NamingTheFieldAndStoreNothing() {
        String id = api.createEmployer(consultant, "Fejl ApS", TestData.randomCvr());
        api.as(consultant).body(contact(today().minusDays(3), "PHONE", today().plusDays(5), null))
                .post(contacts(id)).then().statusCode(201);
        String before = tables.writeFootprint();

        api.as(consultant).body(contact(today().plusDays(1), "PHONE", today().plusDays(5), null)).post(contacts(id))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("date")));
        api.as(consultant).body(contact(today(), "PHONE", today().minusDays(1), null)).post(contacts(id))
                .then().statusCode(422).body("errors.field", equalTo(List.of("nextContactDate")));
        api.as(consultant).body(contact(today().plusDays(2), "PHONE", today().plusDays(1), null)).post(contacts(id))
                .then().statusCode(422).body("errors.field", equalTo(List.of("date", "nextContactDate")));
        api.as(consultant).body(contact(today(), "CARRIER_PIGEON", null, null)).post(contacts(id))
                .then().statusCode(422).body("errors.field", equalTo(List.of("format")));
        api.as(consultant).body(contact(today(), "PHONE", null, "x".repeat(2001))).post(contacts(id))
                .then().statusCode(422).body("errors.field", equalTo(List.of("summary")));
        api.as(consultant).body(Map.of("summary", "Intet andet")).post(contacts(id))
                .then().statusCode(422).body("errors.field", equalTo(List.of("date", "format")));
        api.as(consultant).body(Map.of("date", "2026-02-30", "format", "PHONE")).post(contacts(id))
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(tables.writeFootprint()).isEqualTo(before);
        api.as(consultant).get("/api/v1/employers/" + id).then()
                .body("lastContactDate", equalTo(today().minusDays(3).toString()))
                .body("nextContactDate", equalTo(today().plusDays(5).toString()));
    }

    @Test
    void theLogIsTheJobCentresOwnEmployersAndIntegrationsGet403() {
        String id = api.createEmployer(consultant, "Internt ApS", TestData.randomCvr());
        api.as(consultant).body(contact(today(), "PHONE", null, "Intern bemærkning")).post(contacts(id))
                .then().statusCode(201);
        String employer = api.employerLogin(consultant, id, "internt-" + UUID.randomUUID().toString().substring(0, 8));
        String before = tables.writeFootprint();
        for (String token : List.of(employer, api.integration())) {
            api.as(token).get(contacts(id)).then().statusCode(403).contentType("application/problem+json");
            api.as(token).body(contact(today(), "PHONE", null, null)).post(contacts(id)).then().statusCode(403);
        }
        api.anonymous().get(contacts(id)).then().statusCode(401);
        assertThat(tables.writeFootprint()).isEqualTo(before);
        // The employer's own view of itself shows the contact dates, not the log.
        api.as(employer).get("/api/v1/employers/" + id).then().statusCode(200)
                .body("lastContactDate", equalTo(today().toString()));
    }

    @Test
    void anUnknownEmployerIs404() {
        String before = tables.writeFootprint();
        api.as(consultant).get(contacts("findes-ikke")).then().statusCode(404).contentType("application/problem+json");
        api.as(consultant).body(contact(today(), "PHONE", null, null)).post(contacts("findes-ikke"))
                .then().statusCode(404).contentType("application/problem+json");
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }
}
