package dk.jobmatch.webhook;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;
import java.util.List;

/**
 * Where to send which events, and the key to sign them with (a whsec_ secret). {@code legacyHeaders}:
 * made before V10, so its deliveries also carry the Jobmatch-* headers its receiver was built for.
 */
@MappedEntity(value = "webhook_subscription", escape = false)
record Subscription(@Id String id, String url,
                    @MappedProperty(converter = EventTypesColumn.class) List<EventType> eventTypes,
                    String secret, boolean legacyHeaders, String createdBy, Instant createdAt) {

    Subscription {
        eventTypes = List.copyOf(eventTypes);
    }

    boolean wants(EventType eventType) {
        return eventTypes.contains(eventType);
    }
}
