package dk.jobmatch.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.TestData;
import dk.jobmatch.support.Tiers;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Sign-in with the municipality's provider against a real OpenID Connect server in the test run
 * (NAV's mock-oauth2-server): its bearer tokens for API clients, and the browser's
 * authorization-code flow ending with the app holding a working token.
 */
@MicronautTest(environments = {"test", "oidc"})
@Tag(Tiers.SERVER)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MunicipalSignInTest extends ApiTestSupport implements TestPropertyProvider {

    private static final String ISSUER_ID = "municipality";
    private static final String CLIENT_ID = "jobmatch";
    private static final String CONSULTANTS = "jobcenter-konsulenter";
    private static final String ADMINS = "jobcenter-admin";

    private final MockOAuth2Server provider = new MockOAuth2Server();

    @Override
    public Map<String, String> getProperties() {
        provider.start();
        return Map.of(
                "micronaut.security.oauth2.clients.municipality.openid.issuer", provider.issuerUrl(ISSUER_ID).toString(),
                "micronaut.security.oauth2.clients.municipality.client-id", CLIENT_ID,
                "micronaut.security.oauth2.clients.municipality.client-secret", "not-checked-by-the-mock",
                "jobmatch.oidc.audience", CLIENT_ID,
                "jobmatch.oidc.role-mapping", CONSULTANTS + "=CONSULTANT," + ADMINS + "=ADMIN");
    }

    @AfterAll
    void stopProvider() {
        provider.shutdown();
    }

    private String providerToken(String username, List<String> groups) {
        return provider.issueToken(ISSUER_ID, "sub-" + username, CLIENT_ID,
                Map.of("preferred_username", username, "groups", groups)).serialize();
    }

    @Test
    void aConsultantGroupTokenReadsCitizensAndIsAuditedUnderItsUsername() {
        String token = providerToken("ann@kommune.dk", List.of("alle-ansatte", CONSULTANTS));
        String citizen = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));

        api.as(token).get("/api/v1/citizens").then().statusCode(200);
        api.as(token).get("/api/v1/citizens/" + citizen).then().statusCode(200);

        api.as(api.admin()).queryParam("citizenId", citizen).get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("items.username", hasItem("ann@kommune.dk"))
                .body("items.role", hasItem("CONSULTANT"));
    }

    @Test
    void anAdminGroupTokenReachesAdminEndpointsAndAConsultantGroupTokenDoesNot() {
        api.as(providerToken("adm@kommune.dk", List.of(ADMINS))).get("/api/v1/admin/audit").then().statusCode(200);
        api.as(providerToken("ann@kommune.dk", List.of(CONSULTANTS))).get("/api/v1/admin/audit").then().statusCode(403);
    }

    @Test
    void aTokenWithoutAMappedGroupIsForbidden() {
        String token = providerToken("kantine@kommune.dk", List.of("alle-ansatte"));
        api.as(token).get("/api/v1/citizens").then().statusCode(403).contentType("application/problem+json");
        api.as(token).get("/api/v1/employers").then().statusCode(403);
    }

    @Test
    void aTokenWithoutUsernameIsAuditedUnderItsSubject() {
        String token = provider.issueToken(ISSUER_ID, "sub-uden-navn", CLIENT_ID,
                Map.of("groups", List.of(CONSULTANTS))).serialize();
        String citizen = api.createCitizen(consultant, TestData.citizen(TestData.randomExternalRef()));
        api.as(token).get("/api/v1/citizens/" + citizen).then().statusCode(200);
        api.as(api.admin()).queryParam("citizenId", citizen).get("/api/v1/admin/audit")
                .then().body("items.username", hasItem("sub-uden-navn"));
    }

    @Test
    void tokensFromAnotherIssuerForAnotherAudienceExpiredOrSignedByAnotherKeyAre401() throws Exception {
        Map<String, Object> claims = Map.of("preferred_username", "ann@kommune.dk", "groups", List.of(CONSULTANTS));
        String otherIssuer = provider.issueToken("someone-else", "sub-ann", CLIENT_ID, claims).serialize();
        String otherAudience = provider.issueToken(ISSUER_ID, "sub-ann", "another-app", claims).serialize();
        String expired = provider.issueToken(ISSUER_ID, "sub-ann", CLIENT_ID, claims, -600).serialize();

        // Everything right but the key: same issuer, audience and key id, signed by a key of our own.
        SignedJWT genuine = SignedJWT.parse(providerToken("ann@kommune.dk", List.of(CONSULTANTS)));
        RSAKey otherKey = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(),
                new JWTClaimsSet.Builder(genuine.getJWTClaimsSet()).build());
        forged.sign(new RSASSASigner(otherKey));

        // A provider token that names our own issuer: the provider's key must not vouch for local tokens.
        String posingAsLocal = provider.issueToken(ISSUER_ID, "admin", CLIENT_ID,
                Map.of("iss", "jobmatch", "roles", List.of("ADMIN"))).serialize();

        for (String token : List.of(otherIssuer, otherAudience, expired, forged.serialize(), posingAsLocal)) {
            api.as(token).get("/api/v1/citizens").then().statusCode(401).contentType("application/problem+json");
        }
    }

    @Test
    void localTokensStillWork() {
        api.as(consultant).get("/api/v1/citizens").then().statusCode(200);
        api.as(api.admin()).get("/api/v1/admin/audit").then().statusCode(200);
    }

    @Test
    void theLoginOptionsOfferTheMunicipalitysProvider() {
        api.anonymous().get("/login/options").then().statusCode(200)
                .body("localAccounts", equalTo(true))
                .body("municipality", equalTo(true))
                .body("municipalityLoginUrl", equalTo("/oauth/login/municipality"));
    }

    @Test
    void theAuthorizationCodeFlowEndsWithTheAppHoldingAWorkingToken() {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-bo", "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", "bo@kommune.dk", "groups", List.of(CONSULTANTS)), 3600));
        Response callback = signIn();
        assertThat(callback.statusCode()).isEqualTo(303);
        assertThat(callback.header("Location")).isEqualTo("/app/#/login?signin=municipality")
                .doesNotContain(callback.getCookie("JOBMATCH_SIGNIN"));
        assertThat(callback.getDetailedCookie("JOBMATCH_SIGNIN").isHttpOnly()).isTrue();
        assertThat(callback.getDetailedCookie("JOBMATCH_SIGNIN").getPath()).isEqualTo("/login/oidc");
        assertThat(callback.getDetailedCookie("JOBMATCH_SIGNIN").getSameSite()).isEqualToIgnoringCase("Strict");
        assertThat(callback.getDetailedCookie("JOBMATCH_SIGNIN").getMaxAge()).isBetween(1L, 60L);

        String token = api.anonymous().cookie("JOBMATCH_SIGNIN", callback.getCookie("JOBMATCH_SIGNIN"))
                .post("/login/oidc/token").then().statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .body("username", equalTo("bo@kommune.dk"))
                .body("roles", hasItem("CONSULTANT"))
                .extract().path("access_token");
        api.as(token).get("/api/v1/citizens").then().statusCode(200);
    }

    @Test
    void aUserWithoutAMappedGroupIsSentBackRefusedWithoutACookie() {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "sub-kantine", "JWT", List.of(CLIENT_ID),
                Map.of("preferred_username", "kantine@kommune.dk", "groups", List.of("alle-ansatte")), 3600));
        Response callback = signIn();
        assertThat(callback.header("Location")).isEqualTo("/app/#/login?signin=refused");
        assertThat(callback.getCookie("JOBMATCH_SIGNIN")).isNull();
    }

    @Test
    void theExchangeRefusesAMissingOrMadeUpCookie() {
        api.anonymous().post("/login/oidc/token").then().statusCode(401).contentType("application/problem+json");
        api.anonymous().cookie("JOBMATCH_SIGNIN", "made-up").post("/login/oidc/token").then().statusCode(401);
        // A provider token is for the API, not for this exchange.
        api.anonymous().cookie("JOBMATCH_SIGNIN", providerToken("ann@kommune.dk", List.of(CONSULTANTS)))
                .post("/login/oidc/token").then().statusCode(401).body("access_token", not(notNullValue()));
    }

    /** The browser's part: to the provider (which signs in without asking), and back to our callback. */
    private Response signIn() {
        Response start = RestAssured.given().port(port()).redirects().follow(false).get("/oauth/login/municipality");
        assertThat(start.statusCode()).isBetween(300, 399);
        Response authorize = RestAssured.given().urlEncodingEnabled(false).redirects().follow(false).get(start.header("Location"));
        assertThat(authorize.statusCode()).isBetween(300, 399);
        String back = authorize.header("Location");
        assertThat(back).startsWith("http://localhost:" + port() + "/oauth/callback/municipality");
        return RestAssured.given().urlEncodingEnabled(false).cookies(start.getCookies()).redirects().follow(false).get(back);
    }
}
