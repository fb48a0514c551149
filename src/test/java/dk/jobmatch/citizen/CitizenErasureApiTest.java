package dk.jobmatch.citizen;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** DELETE is erasure: gone from the database and the index; the audit log keeps only the id. */
@ServerTest
class CitizenErasureApiTest extends ApiTestSupport {

    @Test
    void erasedProfileIsGoneFromDatabaseSearchAndReads() {
        String keep = api.createCitizen(consultant, TestData.citizen("Stillads og montage", "stilladsmontage"));
        String erase = api.createCitizen(consultant, TestData.citizen("Stillads og nedtagning", "stilladsarbejde"));
        api.as(consultant).get("/api/v1/citizens/" + erase).then().statusCode(200);
        assertThat(api.searchCitizenIds(consultant, "stillads")).containsExactlyInAnyOrder(keep, erase);
        long goalsBefore = tables.count("citizen_job_goal");

        api.as(consultant).delete("/api/v1/citizens/" + erase).then().statusCode(204);

        api.as(consultant).get("/api/v1/citizens/" + erase).then().statusCode(404);
        api.as(consultant).delete("/api/v1/citizens/" + erase).then().statusCode(404);
        assertThat(api.searchCitizenIds(consultant, "stillads")).containsExactly(keep);
        api.as(consultant).queryParam("q", "stillads").get("/api/v1/citizens").then().body("total", equalTo(1));
        assertThat(tables.count("citizen WHERE id = '" + erase + "'")).isZero();
        assertThat(tables.count("citizen_job_goal WHERE citizen_id = '" + erase + "'")).isZero();
        assertThat(tables.count("citizen_job_goal")).isEqualTo(goalsBefore);

        // The log says what was done with the id, and nothing about the person.
        api.as(api.admin()).queryParam("citizenId", erase).get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("items.action", hasItems("CREATE", "READ", "ERASE"))
                .body("items.citizenId", everyItem(equalTo(erase)))
                .body("items[0].action", equalTo("ERASE"));
        assertThat(tables.count("audit_entry WHERE endpoint LIKE '%" + erase + "%'")).isZero();
    }

    @Test
    void erasedProfileDoesNotComeBackWithARebuiltIndex() {
        String erase = api.createCitizen(consultant, TestData.citizen("Vinduespudsning", "vinduespudsning"));
        api.as(consultant).delete("/api/v1/citizens/" + erase).then().statusCode(204);

        api.as(api.admin()).post("/api/v1/admin/reindex").then().statusCode(200);

        assertThat(api.searchCitizenIds(consultant, "vinduespudsning")).isEqualTo(List.of());
    }
}
