package dk.jobmatch.security;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.OpenApiSpec;
import dk.jobmatch.support.OpenApiSpec.Operation;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level authorization, proven per operation and role. The operations are read from the
 * OpenAPI file, so an endpoint added there without a row here fails this test. Resources belong to
 * employer A; "EMPLOYER_B" is another employer's login, for whom A's data must not exist.
 */
@ServerTest
class AuthorizationMatrixTest extends ApiTestSupport {

    private static final List<String> CALLERS = List.of("NONE", "EMPLOYER_A", "EMPLOYER_B", "INTEGRATION",
            "CONSULTANT", "ADMIN");
    private static final Set<String> PUBLIC = Set.of("login");

    /** Expected status per operation, in the order of {@link #CALLERS}. */
    private static final Map<String, List<Integer>> EXPECTED = Map.ofEntries(
            Map.entry("listEmployers", List.of(401, 200, 200, 200, 200, 200)),
            Map.entry("createEmployer", List.of(401, 403, 403, 201, 201, 201)),
            Map.entry("getEmployer", List.of(401, 200, 404, 200, 200, 200)),
            Map.entry("createEmployerAccount", List.of(401, 403, 403, 403, 201, 201)),
            Map.entry("setEmployerOwner", List.of(401, 403, 403, 403, 200, 200)),
            // The contact log is the job centre's internal log: not the employer's own login either.
            Map.entry("logEmployerContact", List.of(401, 403, 403, 403, 201, 201)),
            Map.entry("listEmployerContacts", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("createNeed", List.of(401, 201, 404, 201, 201, 201)),
            Map.entry("searchNeeds", List.of(401, 200, 200, 200, 200, 200)),
            Map.entry("getNeed", List.of(401, 200, 404, 200, 200, 200)),
            Map.entry("updateNeed", List.of(401, 200, 404, 200, 200, 200)),
            Map.entry("deleteNeed", List.of(401, 204, 404, 204, 204, 204)),
            Map.entry("matchCitizensForNeed", List.of(401, 200, 404, 403, 200, 200)),
            Map.entry("searchCitizens", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("createCitizen", List.of(401, 403, 403, 403, 201, 201)),
            Map.entry("getCitizen", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("updateCitizen", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("deleteCitizen", List.of(401, 403, 403, 403, 204, 204)),
            Map.entry("matchNeedsForCitizen", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("createAgreement", List.of(401, 403, 403, 403, 201, 201)),
            Map.entry("createIntroduction", List.of(401, 403, 403, 403, 201, 201)),
            Map.entry("listIntroductions", List.of(401, 200, 404, 403, 200, 200)),
            Map.entry("respondToIntroduction", List.of(401, 200, 404, 403, 200, 200)),
            Map.entry("listAgreements", List.of(401, 200, 200, 403, 200, 200)),
            Map.entry("getVocabularies", List.of(401, 200, 200, 200, 200, 200)),
            // The concept vocabulary shapes every match: administrators alone read and edit it.
            Map.entry("listConcepts", List.of(401, 403, 403, 403, 403, 200)),
            Map.entry("getConcept", List.of(401, 403, 403, 403, 403, 200)),
            Map.entry("createConcept", List.of(401, 403, 403, 403, 403, 201)),
            Map.entry("updateConcept", List.of(401, 403, 403, 403, 403, 200)),
            // Type-ahead over the concept vocabulary: whoever writes profiles or needs.
            Map.entry("suggestConcepts", List.of(401, 200, 200, 200, 200, 200)),
            Map.entry("getAgreement", List.of(401, 200, 404, 403, 200, 200)),
            Map.entry("updateAgreement", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("deleteAgreement", List.of(401, 403, 403, 403, 204, 204)),
            Map.entry("getAgreementVersion", List.of(401, 200, 404, 403, 200, 200)),
            Map.entry("approveAgreement", List.of(401, 200, 404, 403, 200, 200)),
            Map.entry("addFollowUp", List.of(401, 403, 403, 403, 201, 201)),
            Map.entry("getAgreementProgress", List.of(401, 200, 404, 403, 200, 200)),
            Map.entry("addAgreementEvent", List.of(401, 403, 403, 403, 201, 201)),
            Map.entry("replanAgreement", List.of(401, 403, 403, 403, 201, 201)),
            Map.entry("listNotifications", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("listChanges", List.of(401, 403, 403, 200, 403, 200)),
            Map.entry("createWebhook", List.of(401, 403, 403, 201, 403, 201)),
            Map.entry("listWebhooks", List.of(401, 403, 403, 200, 403, 200)),
            Map.entry("deleteWebhook", List.of(401, 403, 403, 204, 403, 204)),
            Map.entry("listWebhookDeliveries", List.of(401, 403, 403, 200, 403, 200)),
            Map.entry("importCitizens", List.of(401, 403, 403, 200, 403, 200)),
            Map.entry("importNeeds", List.of(401, 403, 403, 200, 403, 200)),
            Map.entry("reindex", List.of(401, 403, 403, 403, 403, 200)),
            Map.entry("listAudit", List.of(401, 403, 403, 403, 403, 200)),
            Map.entry("getOutcomes", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("getCitizenGaps", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("getAreaGaps", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("createStaffAccount", List.of(401, 403, 403, 403, 403, 201)),
            Map.entry("listAccounts", List.of(401, 403, 403, 403, 403, 200)),
            Map.entry("getMyCaseload", List.of(401, 403, 403, 403, 200, 200)),
            Map.entry("listConsultants", List.of(401, 403, 403, 403, 403, 200)),
            // Public: what the login view offers; the exchange needs the sign-in cookie, not a token.
            Map.entry("getSignInOptions", List.of(200, 200, 200, 200, 200, 200)),
            Map.entry("exchangeSignInCookie", List.of(401, 401, 401, 401, 401, 401)));

    private final Map<String, String> tokens = new HashMap<>();
    private String employerA;
    private String needOfA;
    private String citizen;
    private String draftAgreement;
    private String activeAgreement;

    @Test
    void everyOperationAnswersEachRoleAsSpecified() throws IOException {
        List<Operation> operations = OpenApiSpec.operations();
        assertThat(operations).extracting(Operation::id).filteredOn(id -> !PUBLIC.contains(id))
                .as("every operation in the OpenAPI file needs a row here").allSatisfy(id ->
                        assertThat(EXPECTED).containsKey(id));
        setUpFixtures();

        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Operation operation : operations) {
            if (PUBLIC.contains(operation.id())) {
                continue;
            }
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = call(operation, CALLERS.get(i)).statusCode();
                calls++;
                if (status != EXPECTED.get(operation.id()).get(i)) {
                    mismatches.add(operation.id() + " as " + CALLERS.get(i) + ": " + status
                            + " (expected " + EXPECTED.get(operation.id()).get(i) + ")");
                }
            }
        }
        assertThat(mismatches).as("%d calls", calls).isEmpty();
    }

    private Response call(Operation operation, String caller) {
        RequestSpecification request = "NONE".equals(caller) ? api.anonymous() : api.as(tokens.get(caller));
        Object body = body(operation.id());
        if (body != null) {
            request = request.body(body);
        }
        if (operation.id().equals("getAreaGaps")) {
            request = request.queryParam("postcode", "9900"); // the fixtures' citizen lives there
        }
        if (operation.id().equals("suggestConcepts")) {
            request = request.queryParam("q", "rengø");
        }
        if (operation.id().startsWith("import")) {
            request = request.contentType("application/x-ndjson; charset=utf-8")
                    .body(importLine(operation.id()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return request.request(operation.method(), resolve(operation));
    }

    private String resolve(Operation operation) {
        Map<String, Supplier<String>> values = new HashMap<>();
        values.put("employerId", () -> employerA);
        values.put("needId", () -> operation.id().equals("deleteNeed")
                ? api.createNeed(consultant, employerA, TestData.need()) : needOfA);
        values.put("citizenId", () -> operation.id().equals("deleteCitizen")
                ? api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef())) : citizen);
        values.put("agreementId", () -> switch (operation.id()) {
            case "deleteAgreement" -> api.draftAgreement(consultant, newCitizen(), needOfA, "2026-12-01");
            case "addFollowUp", "addAgreementEvent" -> activeAgreement;
            // A re-plan leaves an amendment awaiting approval, after which a second one is 409: one each.
            case "replanAgreement" -> followedUpAgreement();
            default -> draftAgreement;
        });
        values.put("version", () -> "1");
        values.put("conceptId", () -> "cleaning.vinduespudsning");
        // Each answer needs an introduction still PROPOSED, on a need of its own (at most 3 open per need).
        values.put("introductionId", () -> api.as(consultant).body(Map.of("citizenId", newCitizen()))
                .post("/api/v1/needs/" + api.createNeed(consultant, employerA, roomyNeed()) + "/introductions")
                .then().statusCode(201).extract().path("id"));
        values.put("webhookId", () -> api.as(tokens.get("INTEGRATION")).body(webhook()).post("/api/v1/webhooks")
                .then().statusCode(201).extract().path("id"));
        Matcher placeholder = Pattern.compile("\\{(\\w+)}").matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (placeholder.find()) {
            placeholder.appendReplacement(path, values.get(placeholder.group(1)).get());
        }
        return placeholder.appendTail(path).toString();
    }

    private Object body(String operation) {
        return switch (operation) {
            case "createEmployer" -> TestData.employer("Ny " + UUID.randomUUID(), TestData.randomCvr());
            case "createEmployerAccount" -> Map.of("username", "u-" + UUID.randomUUID(), "password", "hemmeligt-kodeord");
            case "setEmployerOwner" -> Map.of("username", "consultant");
            case "logEmployerContact" -> Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "format", "PHONE",
                    "nextContactDate", LocalDate.now(ZoneOffset.UTC).plusDays(14).toString());
            case "createStaffAccount" -> Map.of("username", "k-" + UUID.randomUUID(), "password", "hemmeligt-kodeord",
                    "role", "CONSULTANT", "displayName", "Ny Konsulent");
            case "createNeed" -> TestData.need();
            case "updateNeed" -> roomyNeed();
            case "createCitizen", "updateCitizen" -> TestData.citizen(TestData.randomExternalRef());
            case "createAgreement" -> Map.of("citizenId", newCitizen(), "needId", needOfA, "startDate", "2026-12-01");
            case "createIntroduction" -> Map.of("citizenId", newCitizen());
            case "respondToIntroduction" -> Map.of("decision", "ACCEPTED");
            case "updateAgreement" -> api.agreementEdit(consultant, draftAgreement);
            case "approveAgreement" -> Map.of("party", "EMPLOYER");
            case "addFollowUp" -> Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "actualHoursPerWeek", 6);
            case "addAgreementEvent" -> Map.of("type", "HOURS_REDUCED", "date", "2026-12-15");
            case "createWebhook" -> webhook();
            case "createConcept" -> Map.of("id", "cleaning.matrix-" + UUID.randomUUID(), "type", "COMPETENCE",
                    "preferredLabel", "matrixord " + UUID.randomUUID());
            case "updateConcept" -> Map.of("type", "COMPETENCE", "preferredLabel", "vinduespudsning",
                    "altLabels", List.of("pudse vinduer"), "broader", "cleaning.rengoering");
            default -> null;
        };
    }

    private static Map<String, Object> webhook() {
        return Map.of("url", "https://sag.example.dk/jobmatch", "eventTypes", List.of("need.created"));
    }

    private String importLine(String operation) {
        Map<String, Object> line = operation.equals("importNeeds") ? TestData.need()
                : TestData.citizen(TestData.randomExternalRef());
        if (operation.equals("importNeeds")) {
            line.put("employerId", employerA);
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(line) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void setUpFixtures() {
        employerA = api.createEmployer(consultant, "A " + UUID.randomUUID(), TestData.randomCvr());
        String employerB = api.createEmployer(consultant, "B " + UUID.randomUUID(), TestData.randomCvr());
        tokens.put("EMPLOYER_A", api.employerLogin(consultant, employerA, "a-" + UUID.randomUUID()));
        tokens.put("EMPLOYER_B", api.employerLogin(consultant, employerB, "b-" + UUID.randomUUID()));
        tokens.put("INTEGRATION", api.integration());
        tokens.put("CONSULTANT", consultant);
        tokens.put("ADMIN", api.admin());
        needOfA = api.createNeed(consultant, employerA, roomyNeed());
        citizen = newCitizen();
        draftAgreement = api.draftAgreement(consultant, citizen, needOfA, "2026-12-01");
        // Started a month ago: a follow-up is dated between the start date and today.
        activeAgreement = api.activeAgreement(consultant, newCitizen(), needOfA,
                LocalDate.now(ZoneOffset.UTC).minusDays(30).toString());
    }

    /** An ACTIVE agreement with a follow-up to re-plan from. */
    private String followedUpAgreement() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String id = api.activeAgreement(consultant, newCitizen(), needOfA, today.minusDays(30).toString());
        api.as(consultant).body(Map.of("date", today.minusDays(1).toString(), "actualHoursPerWeek", 6))
                .post("/api/v1/agreements/" + id + "/follow-ups").then().statusCode(201);
        return id;
    }

    /** Places for every agreement the matrix creates, each for a citizen of its own (hours are held too). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> roomyNeed() {
        Map<String, Object> need = TestData.need();
        ((List<Map<String, Object>>) need.get("tasks")).forEach(task -> task.put("capacity", 100));
        return need;
    }

    private String newCitizen() {
        return api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
    }
}
