package dk.jobmatch.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** REST Assured helpers for API tests against the real embedded server. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public RequestSpecification anonymous() {
        return RestAssured.given().port(port).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    public RequestSpecification as(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    public String login(String username, String password) {
        return field(anonymous().body(Map.of("username", username, "password", password))
                .post("/login").then().statusCode(200).extract().asString(), "access_token");
    }

    /**
     * A top-level field of an answer as text, read with Jackson: REST Assured's {@code path} compiles
     * a Groovy script on every call, and these helpers run for nearly every test (about a tenth of
     * an API test class's CPU went to such look-ups).
     */
    private static String field(String json, String name) {
        JsonNode value = tree(json).get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** The ids of a page's {@code items}. */
    private static List<String> itemIds(String json) {
        List<String> ids = new ArrayList<>();
        tree(json).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + json, e);
        }
    }

    public String consultant() {
        return login("consultant", "consultant");
    }

    public String admin() {
        return login("admin", "admin");
    }

    public String integration() {
        return login("integration", "integration");
    }

    /** Creates an employer as the consultant and returns its id. */
    public String createEmployer(String token, String name, String cvr) {
        return field(as(token).body(TestData.employer(name, cvr))
                .post("/api/v1/employers").then().statusCode(201).extract().asString(), "id");
    }

    /** Creates an employer of a fresh name and CVR at {@code location} (the contract's location object). */
    public String createEmployerAt(String token, String name, Map<String, Object> location) {
        Map<String, Object> employer = TestData.employer(name + " " + java.util.UUID.randomUUID(), TestData.randomCvr());
        employer.put("location", location);
        return field(as(token).body(employer).post("/api/v1/employers").then().statusCode(201).extract().asString(), "id");
    }

    /** Creates an EMPLOYER login for the employer and returns its token. */
    public String employerLogin(String consultantToken, String employerId, String username) {
        as(consultantToken).body(Map.of("username", username, "password", "hemmeligt-kodeord"))
                .post("/api/v1/employers/" + employerId + "/accounts").then().statusCode(201);
        return login(username, "hemmeligt-kodeord");
    }

    public String createNeed(String token, String employerId, Map<String, Object> need) {
        return field(as(token).body(need).post("/api/v1/employers/" + employerId + "/needs")
                .then().statusCode(201).extract().asString(), "id");
    }

    public List<String> searchNeedIds(String token, String query) {
        return itemIds(as(token).queryParam("q", query).get("/api/v1/needs")
                .then().statusCode(200).extract().asString());
    }

    public String createCitizen(String token, Map<String, Object> citizen) {
        return field(as(token).body(citizen).post("/api/v1/citizens")
                .then().statusCode(201).extract().asString(), "id");
    }

    public List<String> searchCitizenIds(String token, String query) {
        return itemIds(as(token).queryParam("q", query).queryParam("size", 100).get("/api/v1/citizens")
                .then().statusCode(200).extract().asString());
    }

    /** A DRAFT agreement between the citizen and the need, as the consultant; returns its id. */
    public String draftAgreement(String token, String citizenId, String needId, String startDate) {
        return field(as(token).body(Map.of("citizenId", citizenId, "needId", needId, "startDate", startDate))
                .post("/api/v1/agreements").then().statusCode(201).extract().asString(), "id");
    }

    /** An ACTIVE agreement: a draft approved for all three parties. */
    public String activeAgreement(String token, String citizenId, String needId, String startDate) {
        String id = draftAgreement(token, citizenId, needId, startDate);
        for (String party : List.of("CITIZEN", "EMPLOYER", "CONSULTANT")) {
            as(token).body(Map.of("party", party)).post("/api/v1/agreements/" + id + "/approvals")
                    .then().statusCode(200);
        }
        return id;
    }

    /** Records a course event (HIRED, STOPPED ...) on the agreement; {@code reasonCode} may be null. */
    public void event(String token, String agreementId, String type, String date, String reasonCode) {
        Map<String, Object> body = new HashMap<>(Map.of("type", type, "date", date));
        if (reasonCode != null) {
            body.put("reasonCode", reasonCode);
        }
        as(token).body(body).post("/api/v1/agreements/" + agreementId + "/events").then().statusCode(201);
    }

    /** An agreement's current editable content, with its version, ready to send back as a PUT. */
    public Map<String, Object> agreementEdit(String token, String agreementId) {
        Map<String, Object> current = as(token).get("/api/v1/agreements/" + agreementId).then().statusCode(200)
                .extract().path("$");
        Map<String, Object> edit = new HashMap<>();
        for (String field : List.of("version", "purpose", "startDate", "hoursPerWeek", "effectivenessPercent",
                "reassessmentDate", "tasks", "accommodationText", "goals", "progression", "followUp")) {
            if (current.get(field) != null) {
                edit.put(field, current.get(field));
            }
        }
        return edit;
    }

    /** Every change of the feed after {@code cursor} ("0" = from the start), read to the end page by page. */
    public List<Map<String, Object>> changesAfter(String token, String cursor) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = cursor;
        while (true) {
            JsonPath page = as(token).get("/api/v1/changes?limit=1000&after=" + after).then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return all;
            }
            items.forEach(item -> all.add(new HashMap<>(item)));
            after = page.getString("nextCursor");
        }
    }

    /** UPDATED entries of this entity in the whole change feed (which also drives the *.updated webhooks). */
    public long updatesInFeed(String entityId) {
        return changesAfter(integration(), "0").stream()
                .filter(c -> entityId.equals(c.get("entityId")) && "UPDATED".equals(c.get("operation"))).count();
    }

    /** The cursor after the last change so far: what a reader that has caught up would pass as {@code after}. */
    public String changeFeedEnd(String token) {
        String cursor = "0";
        while (true) {
            JsonPath page = as(token).get("/api/v1/changes?limit=1000&after=" + cursor).then().statusCode(200)
                    .extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return cursor;
            }
            cursor = page.getString("nextCursor");
        }
    }
}
