package dk.jobmatch.employer;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@ServerTest
class EmployerApiTest extends ApiTestSupport {



    @Test
    void createReadAndListAnEmployer() {
        var created = api.as(consultant).body(TestData.employer("Tømrerfirma Jensen ApS", "12345678"))
                .post("/api/v1/employers")
                .then().statusCode(201)
                .body("id", notNullValue())
                .body("location.city", equalTo("Frederikshavn"))
                .body("contactPerson.name", equalTo("Lars Jensen"))
                .body("size", equalTo("SMALL"))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/employers/" + id);

        api.as(consultant).get("/api/v1/employers/" + id)
                .then().statusCode(200).body("name", equalTo("Tømrerfirma Jensen ApS")).body("cvr", equalTo("12345678"));
        api.as(consultant).queryParam("size", 1).get("/api/v1/employers")
                .then().statusCode(200).body("items", hasSize(1)).body("size", equalTo(1)).body("page", equalTo(0));
    }

    @Test
    void invalidEmployerIsRejectedWithFieldErrorsAndNothingIsStored() {
        String before = tables.writeFootprint();
        Map<String, Object> badCvr = TestData.employer("Firma", "1234");
        api.as(consultant).body(badCvr).post("/api/v1/employers")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("cvr"));
        Map<String, Object> unknownSize = TestData.employer("Firma", "87654321");
        unknownSize.put("size", "GIGANTIC");
        api.as(consultant).body(unknownSize).post("/api/v1/employers")
                .then().statusCode(422).body("errors[0].message", equalTo("unknown code 'GIGANTIC'"));
        api.as(consultant).body("{\"name\": ").post("/api/v1/employers")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void duplicateCvrIsAConflict() {
        api.createEmployer(consultant, "Første", "11112222");
        String before = tables.writeFootprint();
        api.as(consultant).body(TestData.employer("Anden", "11112222")).post("/api/v1/employers")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void employerLoginSeesOnlyItsOwnEmployer() {
        String own = api.createEmployer(consultant, "Egen ApS", "22223333");
        String foreign = api.createEmployer(consultant, "Fremmed ApS", "33334444");
        String employer = api.employerLogin(consultant, own, "egen-hr");

        api.as(employer).get("/api/v1/employers/" + own).then().statusCode(200);
        api.as(employer).get("/api/v1/employers/" + foreign)
                .then().statusCode(404).contentType("application/problem+json");
        api.as(employer).get("/api/v1/employers")
                .then().statusCode(200).body("items.id", equalTo(java.util.List.of(own))).body("total", equalTo(1));
        api.as(employer).body(TestData.employer("Ny", "44445555")).post("/api/v1/employers")
                .then().statusCode(403).contentType("application/problem+json");
        api.as(employer).body(Map.of("username", "andet-login", "password", "hemmeligt-kodeord"))
                .post("/api/v1/employers/" + own + "/accounts").then().statusCode(403);
    }

    @Test
    void accountsAreCreatedOnceForAnExistingEmployerOnly() {
        String id = api.createEmployer(consultant, "Konto ApS", "55556666");
        api.as(consultant).body(Map.of("username", "konto-hr", "password", "hemmeligt-kodeord"))
                .post("/api/v1/employers/" + id + "/accounts")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("role", equalTo("EMPLOYER")).body("employerId", equalTo(id))
                .body("$", not(org.hamcrest.Matchers.hasKey("password")));
        api.as(consultant).body(Map.of("username", "konto-hr", "password", "hemmeligt-kodeord"))
                .post("/api/v1/employers/" + id + "/accounts").then().statusCode(409);
        api.as(consultant).body(Map.of("username", "x", "password", "kort"))
                .post("/api/v1/employers/" + id + "/accounts")
                .then().statusCode(422).body("errors.field", hasItem("password")).body("errors.field", hasItem("username"));
        api.as(consultant).body(Map.of("username", "ingen-hr", "password", "hemmeligt-kodeord"))
                .post("/api/v1/employers/does-not-exist/accounts").then().statusCode(404);
        api.as(api.integration()).body(Map.of("username", "int-hr", "password", "hemmeligt-kodeord"))
                .post("/api/v1/employers/" + id + "/accounts").then().statusCode(403);
    }

    @Test
    void integrationClientsMayRegisterEmployers() {
        api.as(api.integration()).body(TestData.employer("Integreret A/S", "66667777"))
                .post("/api/v1/employers").then().statusCode(201);
    }
}
