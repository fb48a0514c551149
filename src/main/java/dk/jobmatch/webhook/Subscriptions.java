package dk.jobmatch.webhook;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.common.Ids;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Subscribing, listing and unsubscribing; a subscription is its creator's (and the administrators'). */
@Singleton
class Subscriptions {

    static final String NOT_FOUND = "No such webhook.";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final AccessPolicy access;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Subscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries, AccessPolicy access,
                  Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    Subscription create(String url, Collection<EventType> eventTypes) {
        Caller caller = access.require(Role.INTEGRATION, Role.ADMIN);
        checkTarget(url);
        // In the order of their names, as subscriptions have always been stored and listed.
        List<EventType> sorted = eventTypes.stream().sorted(Comparator.comparing(EventType::value)).toList();
        return subscriptions.save(new Subscription(Ids.newId(), url, sorted,
                Signature.newSecret(random), false, caller.username(), clock.instant()));
    }

    List<Subscription> list() {
        Caller caller = access.require(Role.INTEGRATION, Role.ADMIN);
        return caller.is(Role.ADMIN) ? subscriptions.listOrderByCreatedAt()
                : subscriptions.findByCreatedByOrderByCreatedAt(caller.username());
    }

    @Transactional
    void delete(String id) {
        subscriptions.delete(visible(id));
    }

    Page<Delivery> deliveries(String id, Paging paging) {
        Subscription subscription = visible(id);
        return deliveries.findBySubscriptionId(subscription.id(),
                Pageable.from(paging.page(), paging.size(), Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("outboxId"))));
    }

    private Subscription visible(String id) {
        Caller caller = access.require(Role.INTEGRATION, Role.ADMIN);
        return subscriptions.findById(id)
                .filter(s -> caller.is(Role.ADMIN) || s.createdBy().equals(caller.username()))
                .orElseThrow(() -> ApiException.notFound(NOT_FOUND));
    }

    /** https anywhere; plain http only to this machine, where nothing crosses a network. */
    private static void checkTarget(String url) {
        try {
            URI uri = new URI(url);
            boolean https = "https".equalsIgnoreCase(uri.getScheme());
            boolean localHttp = "http".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    && LOOPBACK.contains(uri.getHost().toLowerCase(java.util.Locale.ROOT));
            if (uri.getHost() != null && uri.getUserInfo() == null && (https || localHttp)) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw ApiException.unprocessable(List.of(new FieldViolation("url",
                "must be an absolute https URL without credentials (plain http only to localhost)")));
    }
}
