package dk.jobmatch.webhook;

import dk.jobmatch.common.BackgroundWork;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Every poll: queue deliveries for new changes, then send those due. A failed attempt is retried
 * after 1 s, 2 s, 4 s ... (at most {@code max-backoff} apart) until {@code max-attempts}; then the
 * delivery is FAILED and stays in the log. A claimed delivery is leased, so an instance that dies
 * mid-send leaves it to be retried by any instance when the lease ends.
 */
@Singleton
@BackgroundWork
class Dispatcher implements ApplicationEventListener<ShutdownEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);
    private static final int SEND_BATCH = 50;

    private final DeliveryQueue queue;
    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Sender sender;
    private final Clock clock;
    private final Duration firstRetry;
    private final Duration maxBackoff;
    private final int maxAttempts;
    private final Duration lease;
    // Sends outlive the poll that claimed them: a hanging receiver (up to the timeout) must not hold
    // up the next poll's queueing and sending. The lease (3x the timeout) keeps a send in flight from
    // being claimed again meanwhile.
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean stopping;

    Dispatcher(DeliveryQueue queue, SubscriptionRepository subscriptions, DeliveryRepository deliveries,
               Sender sender, Clock clock,
               @Value("${jobmatch.webhooks.first-retry:1s}") Duration firstRetry,
               @Value("${jobmatch.webhooks.max-backoff:1h}") Duration maxBackoff,
               @Value("${jobmatch.webhooks.max-attempts:10}") int maxAttempts,
               @Value("${jobmatch.webhooks.timeout:10s}") Duration timeout) {
        this.queue = queue;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
        this.firstRetry = firstRetry;
        this.maxBackoff = maxBackoff;
        this.maxAttempts = maxAttempts;
        this.lease = timeout.multipliedBy(3);
    }

    /**
     * Shutting down: no new poll touches the database while its pool and files are closing, and
     * sends in flight are interrupted; their leases run out and any instance sends them again.
     */
    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        stopping = true;
        senders.shutdownNow();
    }

    @Scheduled(fixedDelay = "${jobmatch.webhooks.poll-interval:1s}", initialDelay = "${jobmatch.webhooks.poll-interval:1s}")
    void poll() {
        if (stopping) {
            return;
        }
        try {
            while (queue.enqueueNext() == DeliveryQueue.BATCH) {
                // a backlog (after downtime): keep enqueueing before sending
            }
            sendDue();
        } catch (RuntimeException e) {
            LOG.error("Webhook dispatch failed; the next poll retries", e);
        }
    }

    /**
     * Sends concurrently and without waiting for the answers, so one slow or hanging receiver holds
     * up neither the others nor the next poll.
     */
    private void sendDue() {
        Instant now = clock.instant();
        for (Delivery due : deliveries.findDue(now, SEND_BATCH)) {
            if (stopping) {
                return;
            }
            if (deliveries.claim(due.id(), due.attempts(), now, now.plus(lease)) == 1) {
                senders.execute(() -> attemptClaimed(due));
            }
        }
    }

    private void attemptClaimed(Delivery delivery) {
        if (stopping) {
            return;
        }
        try {
            subscriptions.findById(delivery.subscriptionId()).ifPresent(subscription -> attempt(subscription, delivery));
        } catch (RuntimeException e) {
            // The claim's lease runs out and the delivery is attempted again.
            LOG.error("Webhook delivery {} could not be recorded", delivery.id(), e);
        }
    }

    private void attempt(Subscription subscription, Delivery delivery) {
        Sender.Outcome outcome = sender.send(subscription, delivery);
        if (stopping) {
            // Interrupted by the shutdown, or the database is closing: the lease runs out instead.
            return;
        }
        Instant now = clock.instant();
        if (outcome.delivered()) {
            deliveries.update(delivery.delivered(outcome.statusCode(), now));
            return;
        }
        int attempts = delivery.attempts() + 1;
        Instant retryAt = attempts >= maxAttempts ? null : now.plus(backoff(attempts));
        deliveries.update(delivery.failed(outcome.statusCode(), outcome.error(), retryAt));
    }

    private Duration backoff(int attempts) {
        Duration wait = firstRetry.multipliedBy(1L << Math.min(attempts - 1, 30));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
