package dk.jobmatch.common;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/**
 * Dates in request bodies are calendar dates of years 1 to 9999. {@code +999999999-12-31} is a
 * Java LocalDate and H2 stores it, but PostgreSQL refuses it: a follow-up or event with it answered
 * 500 there (found by ContractFuzzTest on PostgreSQL). Now it is unreadable on both databases, 400
 * naming the field, and stores nothing.
 */
@ServerTest
class CalendarDatesApiTest extends ApiTestSupport {

    @Test
    void datesBeyondYear9999OrBeforeYear1Are400NamingTheFieldAndStoreNothing() {
        String employer = api.createEmployer(consultant, "Datoer " + java.util.UUID.randomUUID(), TestData.randomCvr());
        String need = api.createNeed(consultant, employer, TestData.need());
        String citizen = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        String before = tables.writeFootprint();
        for (String date : List.of("+999999999-12-31", "+10000-01-01", "0000-12-31", "-0001-01-01")) {
            api.as(consultant).body(Map.of("citizenId", citizen, "needId", need, "startDate", date))
                    .post("/api/v1/agreements").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("startDate"))
                    .body("errors.message", contains("is not a date from 0001-01-01 to 9999-12-31 (yyyy-mm-dd)"));
        }
        assertThat(tables.writeFootprint()).isEqualTo(before);
        // The dates a case has are read as before.
        api.as(consultant).body(Map.of("citizenId", citizen, "needId", need, "startDate", "2027-01-04"))
                .post("/api/v1/agreements").then().statusCode(201);
    }
}
