package dk.jobmatch.webhook;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Where to send which events, and the key to sign them with. */
@MappedEntity(value = "webhook_subscription", escape = false)
record Subscription(@Id String id, String url, String eventTypes, String secret, String createdBy, Instant createdAt) {

    List<String> events() {
        return Arrays.asList(eventTypes.split(" "));
    }

    boolean wants(String eventType) {
        return events().contains(eventType);
    }
}
