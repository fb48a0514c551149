package dk.jobmatch.common;

import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Date-time conversions shared by the MapStruct mappers: the API speaks UTC date-times. */
@Singleton
public class TimeMapping {

    public ZonedDateTime toApi(Instant instant) {
        return instant == null ? null : instant.atZone(ZoneOffset.UTC);
    }
}
