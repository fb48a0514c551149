package dk.jobmatch.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Value;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.nullValue;

/** Forged, expired and unsigned tokens; response headers; CORS; the production secret rule. */
@ServerTest
class TokenAndHeaderHardeningTest extends ApiTestSupport {

    @Value("${micronaut.security.token.jwt.signatures.secret.generator.secret}")
    String secret;

    @Test
    void aTokenWeSignOurselvesWorksSoTheNegativeCasesMeanSomething() throws JOSEException {
        api.as(token(Instant.now().plusSeconds(600), secret)).get("/api/v1/admin/audit").then().statusCode(200);
    }

    @Test
    void expiredTamperedAndUnsignedTokensAreRejected() throws JOSEException {
        api.as(token(Instant.now().minusSeconds(60), secret)).get("/api/v1/employers").then().statusCode(401)
                .contentType("application/problem+json");
        api.as(token(Instant.now().plusSeconds(600), "another-secret-another-secret-another-secret"))
                .get("/api/v1/employers").then().statusCode(401);

        String[] parts = consultant.split("\\.");
        String elevated = encode("{\"sub\":\"consultant\",\"roles\":[\"ADMIN\"],\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}");
        api.as(parts[0] + "." + elevated + "." + parts[2]).get("/api/v1/admin/audit").then().statusCode(401);

        String none = encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + elevated + ".";
        api.as(none).get("/api/v1/admin/audit").then().statusCode(401);
        api.as("not-a-token").get("/api/v1/employers").then().statusCode(401);
    }

    @Test
    void responsesCarryTheSecurityHeadersAndNoServerVersion() {
        var response = api.as(consultant).get("/api/v1/employers").then().statusCode(200).extract();
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Server")).isNull();
        api.anonymous().get("/no/such/route").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void onlyConfiguredOriginsMayCallFromABrowser() {
        api.anonymous().header("Origin", "https://app.jobmatch.test").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/employers").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://app.jobmatch.test");
        api.anonymous().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/employers").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void productionRefusesTheDevelopmentSecret() {
        assertThatThrownBy(() -> ApplicationContext.run("test", "prod").close())
                .hasStackTraceContaining("JOBMATCH_JWT_SECRET");
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "micronaut.security.token.jwt.signatures.secret.generator.secret", "x".repeat(48)), "test", "prod")) {
            assertThat(context.isRunning()).isTrue();
        }
    }

    private static String token(Instant expiry, String key) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("admin").claim("roles", List.of("ADMIN"))
                .issueTime(Date.from(Instant.now().minusSeconds(700))).expirationTime(Date.from(expiry)).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(key.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
