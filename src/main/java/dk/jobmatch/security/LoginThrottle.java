package dk.jobmatch.security;

import dk.jobmatch.common.ApiException;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code max-failures} wrong passwords for a user name within the
 * window, further attempts for that name are refused with 429 until the window has passed. Kept
 * per replica; with N replicas an attacker gets at most N times the attempts.
 */
@Singleton
class LoginThrottle {

    private record Failures(int count, Instant since) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;

    LoginThrottle(@Value("${jobmatch.login.max-failures:5}") int maxFailures,
                  @Value("${jobmatch.login.lockout:15m}") Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Refuses the attempt while the user name is locked out. */
    void check(String username) {
        Failures current = failures.get(key(username));
        if (current == null) {
            return;
        }
        Duration elapsed = Duration.between(current.since(), clock.instant());
        if (elapsed.compareTo(window) >= 0) {
            failures.remove(key(username), current);
        } else if (current.count() >= maxFailures) {
            throw ApiException.tooManyRequests("Too many failed logins for this user; try again later.",
                    window.minus(elapsed).toSeconds());
        }
    }

    void failed(String username) {
        Instant now = clock.instant();
        failures.merge(key(username), new Failures(1, now), (old, one) ->
                Duration.between(old.since(), now).compareTo(window) >= 0 ? one : new Failures(old.count() + 1, old.since()));
    }

    void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }
}
