package dk.jobmatch.citizen;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Every read of a citizen's profile leaves a row: who, which citizen, when, through what. */
@ServerTest
class CitizenAuditApiTest extends ApiTestSupport {

    @Test
    void readingAProfileIsRecordedWithWhoWhenAndWhy() {
        String id = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        long before = tables.count("audit_entry WHERE action = 'READ'");

        api.as(consultant).get("/api/v1/citizens/" + id).then().statusCode(200);

        assertThat(tables.count("audit_entry WHERE action = 'READ'")).isEqualTo(before + 1);
        api.as(api.admin()).queryParam("citizenId", id).get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", contains("READ", "CREATE"))
                .body("items[0].username", equalTo("consultant"))
                .body("items[0].role", equalTo("CONSULTANT"))
                .body("items[0].citizenId", equalTo(id))
                .body("items[0].endpoint", equalTo("GET /api/v1/citizens/{citizenId}"))
                .body("items[0].at", notNullValue());
    }

    @Test
    void everyProfileASearchReturnsIsRecordedAsRead() {
        String word = "kranfører" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        String first = api.createCitizen(consultant, TestData.citizen("Kran", word));
        String second = api.createCitizen(consultant, TestData.citizen("Kran", word));

        api.as(consultant).queryParam("q", word).get("/api/v1/citizens").then().statusCode(200).body("total", equalTo(2));

        for (String id : new String[] {first, second}) {
            api.as(api.admin()).queryParam("citizenId", id).get("/api/v1/admin/audit")
                    .then().statusCode(200)
                    .body("items[0].action", equalTo("READ"))
                    .body("items[0].endpoint", equalTo("GET /api/v1/citizens"));
        }
    }

    @Test
    void changesAreRecordedAndFailedRequestsAreNot() {
        String id = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        api.as(consultant).body(TestData.citizen(TestData.randomExternalRef())).put("/api/v1/citizens/" + id)
                .then().statusCode(200);
        long rows = tables.count("audit_entry");

        api.as(api.integration()).get("/api/v1/citizens/" + id).then().statusCode(403);
        api.as(consultant).get("/api/v1/citizens/" + UUID.randomUUID()).then().statusCode(404);

        assertThat(tables.count("audit_entry")).isEqualTo(rows);
        api.as(api.admin()).queryParam("citizenId", id).get("/api/v1/admin/audit")
                .then().body("items.action", contains("UPDATE", "CREATE"));
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() {
        api.as(consultant).get("/api/v1/admin/audit").then().statusCode(403).contentType("application/problem+json");
        api.as(api.integration()).get("/api/v1/admin/audit").then().statusCode(403);
        api.anonymous().get("/api/v1/admin/audit").then().statusCode(401);
        api.as(api.admin()).queryParam("size", 101).get("/api/v1/admin/audit").then().statusCode(400);
        api.as(api.admin()).get("/api/v1/admin/audit").then().statusCode(200).body("page", equalTo(0));
    }
}
