package dk.jobmatch.support;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: the real time, moved on by {@link #advance} so that tests of
 * time-driven transitions (draft expiry) move time instead of sleeping. Call {@link #reset} after.
 */
@Singleton
@Requires(env = "test")
@Replaces(Clock.class)
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves the clock to noon (UTC) of that day, wherever it was. */
    public void moveTo(LocalDate day) {
        offset = Duration.between(Instant.now(), day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
