package dk.jobmatch.webhook;

import dk.jobmatch.outbox.ChangeDetail;
import dk.jobmatch.outbox.OutboxEntry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The webhook events of the API (its WebhookEventType), and which outbox changes are which. A new
 * course event needs no change here: its {@link ChangeDetail} says it is one.
 */
enum EventType {
    NEED_CREATED("need.created"),
    NEED_UPDATED("need.updated"),
    AGREEMENT_ACTIVATED("agreement.activated"),
    AGREEMENT_EVENT("agreement.event"),
    AGREEMENT_AFTERCARE("agreement.aftercare"),
    AGREEMENT_REPLANNED("agreement.replanned"),
    NEED_EXPIRED("need.expired"),
    INTRODUCTION_PROPOSED("introduction.proposed"),
    INTRODUCTION_ANSWERED("introduction.answered");

    private final String value;

    EventType(String value) {
        this.value = value;
    }

    /** The API's name, as subscriptions, deliveries and delivery bodies have always stored it. */
    String value() {
        return value;
    }

    static EventType ofValue(String value) {
        return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown webhook event type: " + value));
    }

    /** The event a committed change is, if it is one; citizens' changes never are (personal data). */
    static Optional<EventType> of(OutboxEntry change) {
        return switch (change.entityType()) {
            case NEED -> switch (change.change()) {
                case CREATED -> Optional.of(NEED_CREATED);
                case UPDATED -> Optional.of(change.detail() == ChangeDetail.EXPIRED ? NEED_EXPIRED : NEED_UPDATED);
                case DELETED -> Optional.empty();
            };
            case AGREEMENT -> agreementEvent(change);
            case CITIZEN -> Optional.empty();
            case INTRODUCTION -> introductionEvent(change);
            case CONCEPT -> Optional.empty();
        };
    }

    private static Optional<EventType> introductionEvent(OutboxEntry change) {
        ChangeDetail detail = change.detail();
        if (detail == ChangeDetail.INTRODUCTION_PROPOSED) {
            return Optional.of(INTRODUCTION_PROPOSED);
        }
        return detail == ChangeDetail.INTRODUCTION_ACCEPTED || detail == ChangeDetail.INTRODUCTION_DECLINED
                ? Optional.of(INTRODUCTION_ANSWERED) : Optional.empty();
    }

    private static Optional<EventType> agreementEvent(OutboxEntry change) {
        ChangeDetail detail = change.detail();
        if (change.change() != OutboxEntry.Change.UPDATED || detail == null) {
            return Optional.empty();
        }
        return switch (detail) {
            case ACTIVATED -> Optional.of(AGREEMENT_ACTIVATED);
            case AFTERCARE_FOLLOW_UP -> Optional.of(AGREEMENT_AFTERCARE);
            case REPLANNED -> Optional.of(AGREEMENT_REPLANNED);
            default -> detail.courseEvent() ? Optional.of(AGREEMENT_EVENT) : Optional.empty();
        };
    }
}
