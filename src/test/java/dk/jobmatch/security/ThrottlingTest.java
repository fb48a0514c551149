package dk.jobmatch.security;

import dk.jobmatch.support.Api;
import dk.jobmatch.support.ServerTest;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Password guessing is slowed per user name; each API client is held to its request rate. */
@ServerTest
@Property(name = "jobmatch.login.max-failures", value = "3")
@Property(name = "jobmatch.rate-limit.burst", value = "5")
@Property(name = "jobmatch.rate-limit.requests-per-second", value = "0.5")
class ThrottlingTest {

    @Inject
    EmbeddedServer server;

    @Test
    void repeatedWrongPasswordsLockTheUserNameForAWhile() {
        Api api = new Api(server.getPort());
        for (int i = 0; i < 3; i++) {
            api.anonymous().body(Map.of("username", "admin", "password", "gæt-" + i)).post("/login")
                    .then().statusCode(401);
        }
        var locked = api.anonymous().body(Map.of("username", "admin", "password", "admin")).post("/login")
                .then().statusCode(429).contentType("application/problem+json").extract();
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 15 * 60L);
        // Other users are not affected.
        api.consultant();
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterAndOthersDoNot() {
        Api api = new Api(server.getPort());
        String token = api.login("integration", "integration");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(api.as(token).get("/api/v1/employers").statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(200);
        assertThat(statuses.subList(5, 8)).containsOnly(429);
        var limited = api.as(token).get("/api/v1/employers").then().statusCode(429)
                .contentType("application/problem+json").extract();
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 2L);

        api.as(api.login("consultant", "consultant")).get("/api/v1/employers").then().statusCode(200);
    }
}
