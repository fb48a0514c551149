package dk.jobmatch.webhook;

import dk.jobmatch.outbox.OutboxEntry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/**
 * What a delivery POSTs: ids and codes only, no personal data. {@code reasonCode} is why a course
 * ended (a code of the contract's list; the consultant's free text and debrief never leave).
 * {@code cursor} is the change's place in the change feed. An agreement.event lists
 * {@code informRoles}, the citizen's team roles to inform ({@link InformRoles}): roles, never people. Kept as strings so the JSON says
 * exactly the stored names; absent values are left out.
 */
@Serdeable
record DeliveryBody(String deliveryId, String type, String entityType, String entityId, @Nullable String detail,
                    @Nullable String reasonCode, String cursor, Instant occurredAt,
                    @Nullable List<String> informRoles) {

    static DeliveryBody of(String deliveryId, EventType type, OutboxEntry change) {
        List<String> roles = type == EventType.AGREEMENT_EVENT && change.detail() != null
                ? InformRoles.of(change.detail()).stream().map(Enum::name).toList() : null;
        return new DeliveryBody(deliveryId, type.value(), change.entityType().value(), change.entityId(),
                change.detail() == null ? null : change.detail().name(),
                change.reasonCode() == null ? null : change.reasonCode().name(), Long.toString(change.id()),
                change.createdAt(), roles);
    }
}
