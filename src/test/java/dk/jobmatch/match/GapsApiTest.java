package dk.jobmatch.match;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Contract v1.1 gaps over HTTP: for a citizen, the nearby open needs one thing keeps from them (one
 * constructed need per blocker kind) and never those two things keep from them; for an area, the
 * blockers by task hours they would open. The citizen of TestData lives by Frederikshavn, travels
 * 20 km, works 6-10 hours, has driving licence B and spoken Danish, and must not lift heavy things.
 */
@ServerTest
class GapsApiTest extends ApiTestSupport {

    static final Map<String, Object> FREDERIKSHAVN = Map.of("postcode", "9900", "city", "Frederikshavn",
            "lat", 57.441, "lon", 10.537);
    /** About 24 km south of the citizen: beyond 20 km, within the 30 km looked at. */
    static final Map<String, Object> SOUTH = Map.of("postcode", "9330", "city", "Dronninglund", "lat", 57.22,
            "lon", 10.53);

    @Test
    void eachKindOfSingleBlockerIsFoundWithWhatItWouldOpenAndTwoBlockersNever() {
        String near = employer(FREDERIKSHAVN);
        String far = employer(SOUTH);
        String qualification = need(near, List.of("DRIVING_LICENCE_C"), 5, 15, task(8));
        String twoQualifications = need(near, List.of("DRIVING_LICENCE_C", "FORKLIFT_CERTIFICATE"), 5, 15, task(8));
        String accommodation = need(near, List.of(), 5, 15, task(7, "HEAVY_LIFTING"));
        String hours = need(near, List.of(), 15, 20, task(16));
        String distance = need(far, List.of(), 5, 15, task(9));
        String distanceAndQualification = need(far, List.of("FORKLIFT_CERTIFICATE"), 5, 15, task(9));
        String hoursAndAccommodation = need(near, List.of(), 15, 20, task(16, "HEAVY_LIFTING"));
        String accommodationAndQualification = need(near, List.of("FORKLIFT_CERTIFICATE"), 5, 15,
                task(7, "HEAVY_LIFTING"));
        String match = need(near, List.of(), 5, 15, task(8));
        String citizen = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));

        JsonPath gaps = api.as(consultant).get("/api/v1/citizens/" + citizen + "/gaps").then().statusCode(200)
                .contentType("application/json").body("citizenId", equalTo(citizen)).extract().jsonPath();
        Map<String, Map<String, Object>> byNeed = new HashMap<>();
        for (Map<String, Object> gap : gaps.<Map<String, Object>>getList("gaps")) {
            byNeed.put((String) gap.get("needId"), gap);
        }
        assertGap(byNeed.get(qualification), "QUALIFICATION", "DRIVING_LICENCE_C", 8);
        assertGap(byNeed.get(accommodation), "ACCOMMODATION", "NO_HEAVY_LIFTING", 7);
        assertGap(byNeed.get(hours), "HOURS", null, 16);
        assertGap(byNeed.get(distance), "DISTANCE", null, 9);
        assertThat(byNeed).doesNotContainKeys(twoQualifications, distanceAndQualification, hoursAndAccommodation,
                accommodationAndQualification, match);
        assertThat(byNeed.get(hours)).containsEntry("employerId", near);
        // Most task hours first.
        List<Float> hoursInOrder = gaps.getList("gaps.taskHours", Float.class);
        assertThat(hoursInOrder).isSortedAccordingTo((a, b) -> Float.compare(b, a));

        // Read like any citizen read: audited, and only for consultants and administrators.
        api.as(api.admin()).queryParam("citizenId", citizen).get("/api/v1/admin/audit").then().statusCode(200)
                .body("items.endpoint", hasItem("GET /api/v1/citizens/{citizenId}/gaps"));
        String employer = api.employerLogin(consultant, near, "huller-" + UUID.randomUUID());
        api.as(employer).get("/api/v1/citizens/" + citizen + "/gaps").then().statusCode(403)
                .contentType("application/problem+json");
        api.as(api.integration()).get("/api/v1/citizens/" + citizen + "/gaps").then().statusCode(403);
        api.as(consultant).get("/api/v1/citizens/no-such-citizen/gaps").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void withoutConsentThereAreNoGaps() {
        employer(FREDERIKSHAVN);
        Map<String, Object> body = TestData.citizen(TestData.randomExternalRef());
        body.put("consent", false);
        String citizen = api.createCitizen(consultant, body);
        api.as(consultant).get("/api/v1/citizens/" + citizen + "/gaps").then().statusCode(200)
                .body("gaps.size()", equalTo(0));
    }

    @Test
    void anAreaSeesWhichBlockerWouldOpenTheMostTaskHoursForHowManyCitizens() {
        // Rønne on Bornholm: no other test puts needs or citizens there.
        Map<String, Object> roenne = Map.of("postcode", "3700", "city", "Rønne", "lat", 55.10, "lon", 14.70);
        String employerId = employer(roenne);
        String forklift8 = need(employerId, List.of("FORKLIFT_CERTIFICATE"), 5, 15, task(8));
        String forklift6 = need(employerId, List.of("FORKLIFT_CERTIFICATE"), 5, 15, task(6));
        String longer = need(employerId, List.of(), 15, 20, task(16));
        need(employerId, List.of("FORKLIFT_CERTIFICATE", "FOOD_HYGIENE_CERTIFICATE"), 5, 15, task(8));
        for (int i = 0; i < 3; i++) {
            api.createCitizen(consultant, citizenIn(roenne, true));
        }
        api.createCitizen(consultant, citizenIn(roenne, false));

        JsonPath area = api.as(consultant).queryParam("postcode", "3700").queryParam("radiusKm", 10)
                .get("/api/v1/insights/gaps").then().statusCode(200).extract().jsonPath();
        assertThat(area.getString("postcode")).isEqualTo("3700");
        assertThat(area.getInt("citizens")).isEqualTo(3);
        // HOURS: 3 citizens x 16 h = 48; FORKLIFT_CERTIFICATE: 3 x (8 + 6) = 42 over two needs.
        assertThat(area.getList("gaps.blocker.kind")).containsExactly("HOURS", "QUALIFICATION");
        assertThat(area.getString("gaps[0].blocker.code")).isNull();
        assertThat(area.getFloat("gaps[0].taskHours")).isEqualTo(48f);
        assertThat(area.getInt("gaps[0].citizens")).isEqualTo(3);
        assertThat(area.getInt("gaps[0].needs")).isEqualTo(1);
        assertThat(area.getString("gaps[1].blocker.code")).isEqualTo("FORKLIFT_CERTIFICATE");
        assertThat(area.getFloat("gaps[1].taskHours")).isEqualTo(42f);
        assertThat(area.getInt("gaps[1].citizens")).isEqualTo(3);
        assertThat(area.getInt("gaps[1].needs")).isEqualTo(2);
        assertThat(area.prettify()).doesNotContain("Borger").doesNotContain("sag-").doesNotContain(forklift8)
                .doesNotContain(forklift6).doesNotContain(longer);

        api.as(consultant).queryParam("postcode", "0555").get("/api/v1/insights/gaps").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("postcode"));
        api.as(consultant).queryParam("postcode", "Rønne").get("/api/v1/insights/gaps").then().statusCode(400)
                .contentType("application/problem+json");
        api.as(consultant).queryParam("postcode", "3700").queryParam("radiusKm", 500).get("/api/v1/insights/gaps")
                .then().statusCode(400).contentType("application/problem+json");
        api.as(consultant).get("/api/v1/insights/gaps").then().statusCode(400)
                .contentType("application/problem+json");
        String employer = api.employerLogin(consultant, employerId, "omraade-" + UUID.randomUUID());
        api.as(employer).queryParam("postcode", "3700").get("/api/v1/insights/gaps").then().statusCode(403);
        api.as(api.integration()).queryParam("postcode", "3700").get("/api/v1/insights/gaps").then().statusCode(403);
    }

    private static void assertGap(Map<String, Object> gap, String kind, String code, double taskHours) {
        assertThat(gap).as(kind).isNotNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> blocker = (Map<String, Object>) gap.get("blocker");
        assertThat(blocker.get("kind")).isEqualTo(kind);
        assertThat(blocker.get("code")).isEqualTo(code);
        assertThat(((Number) gap.get("taskHours")).doubleValue()).isEqualTo(taskHours);
    }

    private Map<String, Object> citizenIn(Map<String, Object> place, boolean consent) {
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("location", Map.of("postcode", place.get("postcode"), "lat", place.get("lat"),
                "lon", place.get("lon")));
        citizen.put("consent", consent);
        return citizen;
    }

    private String employer(Map<String, Object> location) {
        return api.createEmployerAt(consultant, "Huller", location);
    }

    private String need(String employerId, List<String> nonNegotiables, double min, double max,
                        Map<String, Object> task) {
        Map<String, Object> need = TestData.need("Behov " + UUID.randomUUID(), task);
        need.put("nonNegotiables", nonNegotiables);
        need.put("flexibilities", List.of());
        need.put("hoursPerWeek", Map.of("min", min, "max", max));
        return api.createNeed(consultant, employerId, need);
    }

    private static Map<String, Object> task(double hours, String... demands) {
        Map<String, Object> task = TestData.task("Opgave", hours, "pakning");
        task.put("demands", List.of(demands));
        return task;
    }
}
