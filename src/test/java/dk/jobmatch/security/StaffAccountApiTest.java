package dk.jobmatch.security;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Consultants are people: an administrator creates each one a login (POST/GET /api/v1/admin/accounts). */
@ServerTest
class StaffAccountApiTest extends ApiTestSupport {

    @Inject
    DefaultAccountsSeeder seeder;
    @Inject
    javax.sql.DataSource database;

    private static Map<String, Object> account(String username, String role) {
        Map<String, Object> account = new HashMap<>();
        account.put("username", username);
        account.put("password", "hemmeligt-kodeord");
        account.put("role", role);
        account.put("displayName", "Mette Sørensen");
        account.put("team", "Virksomhedsservice Nord");
        return account;
    }

    private static String unique(String prefix) {
        return prefix + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdministratorCreatesAConsultantWhoCanLogInAndWorkAsThemselves() {
        String admin = api.admin();
        String username = unique("mette");
        var created = api.as(admin).body(account(username, "CONSULTANT")).post("/api/v1/admin/accounts")
                .then().statusCode(201)
                .body("id", notNullValue()).body("username", equalTo(username)).body("role", equalTo("CONSULTANT"))
                .body("displayName", equalTo("Mette Sørensen")).body("team", equalTo("Virksomhedsservice Nord"))
                .body("$", not(hasKey("password"))).body("$", not(hasKey("passwordHash"))).body("$", not(hasKey("employerId")))
                .extract();
        assertThat(created.header("Location")).endsWith("/api/v1/admin/accounts/" + created.path("id"));

        String token = api.anonymous().body(Map.of("username", username, "password", "hemmeligt-kodeord"))
                .post("/login").then().statusCode(200)
                .body("username", equalTo(username)).body("roles", equalTo(List.of("CONSULTANT")))
                .extract().path("access_token");
        // Works as a consultant under their own name: an employer registered by them is theirs.
        String employerId = api.createEmployer(token, "Mettes Virksomhed ApS", dk.jobmatch.support.TestData.randomCvr());
        api.as(token).get("/api/v1/employers/" + employerId).then().statusCode(200)
                .body("owner.username", equalTo(username)).body("owner.displayName", equalTo("Mette Sørensen"));
        api.as(token).get("/api/v1/consultants/me/caseload").then().statusCode(200).body("employersOwned", equalTo(1));
        // ... and not as an administrator.
        api.as(token).get("/api/v1/admin/accounts").then().statusCode(403);
        api.anonymous().body(Map.of("username", username, "password", "forkert-kodeord"))
                .post("/login").then().statusCode(401);
    }

    @Test
    void administratorsAndIntegrationClientsCanBeCreatedToo() {
        String admin = api.admin();
        for (String role : List.of("ADMIN", "INTEGRATION")) {
            String username = unique(role.toLowerCase());
            Map<String, Object> request = account(username, role);
            request.remove("team");
            api.as(admin).body(request).post("/api/v1/admin/accounts").then().statusCode(201)
                    .body("role", equalTo(role)).body("$", not(hasKey("team")));
            api.anonymous().body(Map.of("username", username, "password", "hemmeligt-kodeord"))
                    .post("/login").then().statusCode(200).body("roles", equalTo(List.of(role)));
        }
    }

    @Test
    void theListShowsEveryLoginWithItsNameButNeverAPasswordHash() {
        String admin = api.admin();
        String username = unique("liste");
        api.as(admin).body(account(username, "CONSULTANT")).post("/api/v1/admin/accounts").then().statusCode(201);

        var page = api.as(admin).queryParam("size", 100).get("/api/v1/admin/accounts").then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(100))
                .body("items.username", hasItem(username)).body("items.username", hasItem("consultant"))
                .extract();
        String body = page.asString();
        assertThat(body).doesNotContain("password", "$2a$", "$2b$", "hemmeligt");
        List<String> usernames = page.path("items.username");
        assertThat(usernames).isSorted();
        assertThat((Integer) page.path("total")).isEqualTo(usernames.size());
        // The seeded consultant stays, now with a name colleagues know it by.
        assertThat((String) page.path("items.find { it.username == 'consultant' }.displayName"))
                .isEqualTo("Standardkonsulent");
        assertThat((String) page.path("items.find { it.username == 'consultant' }.role")).isEqualTo("CONSULTANT");

        api.as(admin).queryParam("size", 1).queryParam("page", 1).get("/api/v1/admin/accounts").then().statusCode(200)
                .body("items.username", equalTo(List.of(usernames.get(1))));
    }

    @Test
    void employerLoginsAreNotCreatedHere() {
        String before = tables.writeFootprint();
        api.as(api.admin()).body(account(unique("firma"), "EMPLOYER")).post("/api/v1/admin/accounts")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("role")));
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void badValuesAre422NamingEachFieldAndStoreNothing() {
        String admin = api.admin();
        String before = tables.writeFootprint();
        Map<String, Object> bad = account("x", "CONSULTANT");
        bad.put("password", "kort");
        bad.put("displayName", "");
        bad.put("team", "t".repeat(101));
        api.as(admin).body(bad).post("/api/v1/admin/accounts").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("username", "password", "displayName", "team"));
        Map<String, Object> blankName = account(unique("blank"), "CONSULTANT");
        blankName.put("displayName", "   ");
        api.as(admin).body(blankName).post("/api/v1/admin/accounts").then().statusCode(422)
                .body("errors.field", equalTo(List.of("displayName")));
        Map<String, Object> missing = account(unique("mangler"), "CONSULTANT");
        missing.remove("displayName");
        missing.remove("role");
        api.as(admin).body(missing).post("/api/v1/admin/accounts").then().statusCode(422)
                .body("errors.field", containsInAnyOrder("displayName", "role"));
        Map<String, Object> unknownRole = account(unique("rolle"), "BOSS");
        api.as(admin).body(unknownRole).post("/api/v1/admin/accounts").then().statusCode(422)
                .body("errors.field", hasItem("role"));
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void aTakenUsernameIsAConflict() {
        String admin = api.admin();
        String username = unique("dobbelt");
        api.as(admin).body(account(username, "CONSULTANT")).post("/api/v1/admin/accounts").then().statusCode(201);
        String before = tables.writeFootprint();
        api.as(admin).body(account(username, "ADMIN")).post("/api/v1/admin/accounts").then().statusCode(409)
                .contentType("application/problem+json");
        api.as(admin).body(account("consultant", "CONSULTANT")).post("/api/v1/admin/accounts").then().statusCode(409);
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        String before = tables.writeFootprint();
        for (String token : List.of(consultant, api.integration())) {
            api.as(token).body(account(unique("nej"), "CONSULTANT")).post("/api/v1/admin/accounts").then().statusCode(403);
            api.as(token).get("/api/v1/admin/accounts").then().statusCode(403);
        }
        api.anonymous().get("/api/v1/admin/accounts").then().statusCode(401);
        assertThat(tables.writeFootprint()).isEqualTo(before);
    }

    @Test
    void aSeededAccountFromBeforeDisplayNamesGainsOneAndKeepsItsPassword() {
        tables.execute("UPDATE account SET display_name = NULL WHERE username = 'consultant'");
        String hash = passwordHash("consultant");
        seedOutsideTheTestsTransaction();
        assertThat(tables.count("account WHERE username = 'consultant' AND display_name = 'Standardkonsulent'"))
                .isEqualTo(1);
        assertThat(passwordHash("consultant")).isEqualTo(hash);
        // A name set since is never overwritten.
        tables.execute("UPDATE account SET display_name = 'Kirsten Konsulent' WHERE username = 'consultant'");
        seedOutsideTheTestsTransaction();
        assertThat(tables.count("account WHERE username = 'consultant' AND display_name = 'Kirsten Konsulent'"))
                .isEqualTo(1);
        tables.execute("UPDATE account SET display_name = 'Standardkonsulent' WHERE username = 'consultant'");
        api.consultant(); // and it still logs in with its password
    }

    @Test
    void theListIncludesEmployerLoginsWithTheirEmployer() {
        String employerId = api.createEmployer(consultant, "Liste ApS", TestData.randomCvr());
        String username = unique("hr");
        api.employerLogin(consultant, employerId, username);
        var page = api.as(api.admin()).queryParam("size", 100).get("/api/v1/admin/accounts").then().statusCode(200)
                .extract();
        assertThat((String) page.path("items.find { it.username == '" + username + "' }.employerId")).isEqualTo(employerId);
        assertThat((String) page.path("items.find { it.username == '" + username + "' }.role")).isEqualTo("EMPLOYER");
    }

    /** As at start-up: in a transaction of its own (the test method's is rolled back). */
    private void seedOutsideTheTestsTransaction() {
        java.util.concurrent.CompletableFuture.runAsync(() -> seeder.onApplicationEvent(null)).join();
    }

    private String passwordHash(String username) {
        try (var connection = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(database)
                .getConnection();
             var statement = connection.prepareStatement("SELECT password_hash FROM account WHERE username = ?")) {
            statement.setString(1, username);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
