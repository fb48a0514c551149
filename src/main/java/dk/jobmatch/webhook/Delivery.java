package dk.jobmatch.webhook;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/** One event for one subscription, with the outcome of its attempts (the delivery log). */
@MappedEntity(value = "webhook_delivery", escape = false)
record Delivery(
        @Id String id,
        String subscriptionId,
        long outboxId,
        @MappedProperty(converter = EventTypeColumn.class) EventType eventType,
        String entityId,
        String payload,
        Status status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Integer lastStatusCode,
        @Nullable String lastError,
        @Nullable Instant deliveredAt,
        Instant createdAt) {

    enum Status { PENDING, DELIVERED, FAILED }

    Delivery delivered(int statusCode, Instant at) {
        return new Delivery(id, subscriptionId, outboxId, eventType, entityId, payload, Status.DELIVERED, attempts + 1,
                null, statusCode, null, at, createdAt);
    }

    Delivery failed(@Nullable Integer statusCode, String error, @Nullable Instant retryAt) {
        return new Delivery(id, subscriptionId, outboxId, eventType, entityId, payload,
                retryAt == null ? Status.FAILED : Status.PENDING, attempts + 1, retryAt, statusCode, error, null, createdAt);
    }
}
