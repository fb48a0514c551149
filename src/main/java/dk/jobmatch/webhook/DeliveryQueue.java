package dk.jobmatch.webhook;

import dk.jobmatch.common.Ids;
import dk.jobmatch.outbox.OutboxEntry;
import dk.jobmatch.outbox.OutboxRepository;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns new outbox rows into queued deliveries, one per interested subscription. The cursor moves
 * first, by compare-and-set, and stays locked until commit: with several instances, one enqueues
 * each row and the others find the cursor moved.
 */
@Singleton
class DeliveryQueue {

    static final int BATCH = 500;

    private final OutboxRepository outbox;
    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final DeliveryCursorRepository cursor;
    private final ObjectMapper json;
    private final Clock clock;

    DeliveryQueue(OutboxRepository outbox, SubscriptionRepository subscriptions, DeliveryRepository deliveries,
                  DeliveryCursorRepository cursor, ObjectMapper json, Clock clock) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.cursor = cursor;
        this.json = json;
        this.clock = clock;
    }

    /** Enqueues the next batch of changes; returns how many outbox rows it passed. */
    @Transactional
    int enqueueNext() {
        long from = cursor.position();
        // Read before the subscriptions are counted: every row up to it committed before any
        // subscription made later, so with none there is nobody it is for, and the rows are passed
        // unread (reading them was 2 % of the CPU of a bulk import).
        long last = outbox.lastReserved();
        if (last > from && subscriptions.count() == 0) {
            return cursor.advance(from, last) == 1 ? (int) Math.min(last - from, Integer.MAX_VALUE) : 0;
        }
        List<OutboxEntry> changes = outbox.findAfter(from, BATCH);
        if (changes.isEmpty() || cursor.advance(from, changes.getLast().id()) != 1) {
            return 0;
        }
        List<Subscription> all = subscriptions.listOrderByCreatedAt();
        Instant now = clock.instant();
        List<Delivery> queued = new ArrayList<>();
        for (OutboxEntry change : changes) {
            EventType.of(change).ifPresent(type -> all.stream().filter(s -> s.wants(type)).forEach(s -> {
                String id = Ids.newId();
                queued.add(new Delivery(id, s.id(), change.id(), type, change.entityId(),
                        body(DeliveryBody.of(id, type, change)), Delivery.Status.PENDING, 0, now, null, null, null,
                        now));
            }));
        }
        deliveries.saveAll(queued);
        return changes.size();
    }

    private String body(DeliveryBody body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
