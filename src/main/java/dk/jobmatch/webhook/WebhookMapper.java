package dk.jobmatch.webhook;

import dk.jobmatch.api.model.Webhook;
import dk.jobmatch.api.model.WebhookDelivery;
import dk.jobmatch.api.model.WebhookEventType;
import dk.jobmatch.common.TimeMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;

/** Subscriptions and deliveries in the API model; the secret only where asked for. */
@Mapper(uses = TimeMapping.class)
interface WebhookMapper {

    @Mapping(target = "eventTypes", expression = "java(eventTypes(subscription))")
    @Mapping(target = "secret", ignore = true)
    Webhook toDto(Subscription subscription);

    default Webhook toDtoWithSecret(Subscription subscription) {
        Webhook dto = toDto(subscription);
        dto.setSecret(subscription.secret());
        return dto;
    }

    WebhookDelivery toDto(Delivery delivery);

    default WebhookEventType toEventType(String code) {
        return WebhookEventType.fromValue(code);
    }

    default List<WebhookEventType> eventTypes(Subscription subscription) {
        return subscription.events().stream().map(WebhookEventType::fromValue).toList();
    }
}
