package dk.jobmatch.notification;

import dk.jobmatch.common.Ids;
import dk.jobmatch.common.Paging;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Caller;
import dk.jobmatch.security.Role;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Raising notifications (in the caller's transaction) and listing a consultant's own. */
@Singleton
public class Notifications {

    private final NotificationRepository repository;
    private final AccessPolicy access;
    private final Clock clock;

    Notifications(NotificationRepository repository, AccessPolicy access, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    /** A course event on an agreement: the same text to each recipient, once each however often named. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void courseEvent(Collection<String> recipients, String agreementId, Notification.Kind kind,
                            LocalDate eventDate, String text) {
        Instant now = clock.instant();
        List<Notification> rows = new LinkedHashSet<>(recipients).stream()
                .map(recipient -> new Notification(Ids.newId(), recipient, agreementId, kind, eventDate, text, now))
                .toList();
        repository.saveAll(rows);
    }

    record Found(List<Notification> notifications, long total) {
    }

    /** The caller's own notifications, newest first. */
    Found mine(Paging paging) {
        Caller caller = access.require(Role.CONSULTANT, Role.ADMIN);
        Page<Notification> page = repository.findByRecipient(caller.username(), Pageable.from(paging.page(),
                paging.size(), Sort.of(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        return new Found(page.getContent(), page.getTotalSize());
    }
}
