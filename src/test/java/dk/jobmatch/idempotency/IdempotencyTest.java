package dk.jobmatch.idempotency;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A POST retried with the same Idempotency-Key creates at most once. */
@ServerTest
class IdempotencyTest extends ApiTestSupport {

    @Test
    void aRetriedCreateReturnsTheFirstAnswerAndStoresOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        long before = tables.count("citizen");

        var first = api.as(consultant).header("Idempotency-Key", key).body(citizen).post("/api/v1/citizens")
                .then().statusCode(201).extract();
        var retry = api.as(consultant).header("Idempotency-Key", key).body(citizen).post("/api/v1/citizens")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract();

        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.<String>path("externalRef")).isEqualTo(citizen.get("externalRef"));
        assertThat(tables.count("citizen")).isEqualTo(before + 1);
        // Without the key the same body is a second request: its externalRef is now taken.
        api.as(consultant).body(citizen).post("/api/v1/citizens").then().statusCode(409);
    }

    @Test
    void keysBelongToTheCallerAndAFailedRequestFreesItsKey() {
        String key = UUID.randomUUID().toString();
        String employer = api.createEmployer(consultant, "Idem " + UUID.randomUUID(), TestData.randomCvr());
        Map<String, Object> need = TestData.need();
        Map<String, Object> invalid = TestData.need();
        invalid.put("hoursPerWeek", Map.of("min", 12, "max", 6));

        api.as(consultant).header("Idempotency-Key", key).body(invalid)
                .post("/api/v1/employers/" + employer + "/needs").then().statusCode(422);
        String created = api.as(consultant).header("Idempotency-Key", key).body(need)
                .post("/api/v1/employers/" + employer + "/needs").then().statusCode(201).extract().path("id");
        String byOther = api.as(api.integration()).header("Idempotency-Key", key).body(need)
                .post("/api/v1/employers/" + employer + "/needs").then().statusCode(201).extract().path("id");

        assertThat(byOther).isNotEqualTo(created);
        api.as(consultant).header("Idempotency-Key", "x".repeat(201)).body(need)
                .post("/api/v1/employers/" + employer + "/needs").then().statusCode(400)
                .contentType("application/problem+json");
        api.as(consultant).queryParam("employerId", employer).get("/api/v1/needs").then().body("total", equalTo(2));
    }
}
