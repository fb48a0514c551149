package dk.jobmatch.security;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

@ServerTest
class AuthApiTest extends ApiTestSupport {



    @Test
    void defaultAccountsLogInAndGetBearerTokensWithTheirRole() {
        for (String user : new String[]{"consultant", "integration", "admin"}) {
            api.anonymous().body(Map.of("username", user, "password", user)).post("/login")
                    .then().statusCode(200)
                    .body("access_token", notNullValue())
                    .body("token_type", equalTo("Bearer"))
                    .body("expires_in", greaterThan(0))
                    .body("roles", hasItem(user.toUpperCase()));
        }
    }

    @Test
    void withoutAConfiguredProviderOnlyLocalAccountsAreOffered() {
        api.anonymous().get("/login/options").then().statusCode(200)
                .body("localAccounts", equalTo(true))
                .body("municipality", equalTo(false))
                .body("municipalityLoginUrl", org.hamcrest.Matchers.nullValue());
        api.anonymous().redirects().follow(false).get("/oauth/login/municipality").then().statusCode(not(302));
    }

    @Test
    void wrongPasswordAndUnknownUserAreRejectedAlike() {
        for (String user : new String[]{"consultant", "nobody"}) {
            api.anonymous().body(Map.of("username", user, "password", "forkert")).post("/login")
                    .then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("status", equalTo(401))
                    .body("detail", equalTo("Wrong username or password."));
        }
    }

    @Test
    void passwordsAsLongAsTheContractAllowsWork() {
        // 200 characters of two bytes each: bcrypt alone takes 72 bytes and answered 500 (ContractFuzzTest).
        String longPassword = "æ".repeat(200);
        api.anonymous().body(Map.of("username", "nobody", "password", longPassword)).post("/login")
                .then().statusCode(401).contentType("application/problem+json");
        String employer = api.createEmployer(consultant, "Lang kode " + java.util.UUID.randomUUID(),
                dk.jobmatch.support.TestData.randomCvr());
        String username = "lang-" + java.util.UUID.randomUUID();
        api.as(consultant).body(Map.of("username", username, "password", longPassword))
                .post("/api/v1/employers/" + employer + "/accounts").then().statusCode(201);
        api.anonymous().body(Map.of("username", username, "password", longPassword)).post("/login")
                .then().statusCode(200);
        api.anonymous().body(Map.of("username", username, "password", "æ".repeat(199) + "a")).post("/login")
                .then().statusCode(401);
    }

    @Test
    void loginWithoutPasswordIsAValidationError() {
        api.anonymous().body(Map.of("username", "consultant")).post("/login")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("password"));
    }

    @Test
    void apiCallsWithoutOrWithForgedTokensAre401ProblemJson() {
        api.anonymous().get("/api/v1/employers")
                .then().statusCode(401).contentType("application/problem+json").body("status", equalTo(401));
        String token = api.consultant();
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        api.as(forged).get("/api/v1/employers")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void unknownRoutesAndMethodsAnswerProblemJsonWithoutInternals() {
        String token = api.consultant();
        api.as(token).get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not Found"));
        api.as(token).patch("/api/v1/employers")
                .then().statusCode(405).contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void healthIsOpenAndUp() {
        String health = api.anonymous().get("/health").then().statusCode(200).body("status", equalTo("UP"))
                .extract().asString();
        // No database URL, disk or component names for anonymous callers.
        org.assertj.core.api.Assertions.assertThat(health).doesNotContain("jdbc", "diskSpace", "details");
    }

    @Test
    void metricsAreForAdminsOnly() {
        api.anonymous().get("/metrics").then().statusCode(401).contentType("application/problem+json");
        api.as(api.consultant()).get("/metrics").then().statusCode(403).contentType("application/problem+json");
        api.as(api.admin()).get("/metrics").then().statusCode(200).body("names", hasItem("jvm.memory.used"));
    }
}
