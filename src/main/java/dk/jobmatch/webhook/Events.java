package dk.jobmatch.webhook;

import dk.jobmatch.outbox.OutboxEntry;
import dk.jobmatch.outbox.OutboxEntry.Change;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Which outbox changes are webhook events, and what a delivery's body says (ids only, no personal data). */
final class Events {

    static final String NEED_CREATED = "need.created";
    static final String NEED_UPDATED = "need.updated";
    static final String AGREEMENT_ACTIVATED = "agreement.activated";
    static final String AGREEMENT_EVENT = "agreement.event";
    private static final Set<String> AGREEMENT_EVENTS = Set.of("ORDINARY_HOURS", "HOURS_REDUCED", "STOPPED", "HIRED");

    private Events() {
    }

    static Optional<String> typeOf(OutboxEntry change) {
        if ("need".equals(change.entityType())) {
            return switch (change.change()) {
                case CREATED -> Optional.of(NEED_CREATED);
                case UPDATED -> Optional.of(NEED_UPDATED);
                case DELETED -> Optional.empty();
            };
        }
        if ("agreement".equals(change.entityType()) && change.change() == Change.UPDATED && change.detail() != null) {
            if ("ACTIVATED".equals(change.detail())) {
                return Optional.of(AGREEMENT_ACTIVATED);
            }
            return AGREEMENT_EVENTS.contains(change.detail()) ? Optional.of(AGREEMENT_EVENT) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The body of a delivery. {@code cursor} is the change's place in the change feed. */
    @Serdeable
    record Body(String deliveryId, String type, String entityType, String entityId, @Nullable String detail,
                String cursor, Instant occurredAt) {

        static Body of(String deliveryId, String type, OutboxEntry change) {
            return new Body(deliveryId, type, change.entityType(), change.entityId(), change.detail(),
                    Long.toString(change.id()), change.createdAt());
        }
    }
}
