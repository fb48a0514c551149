package dk.jobmatch.webhook;

import dk.jobmatch.api.model.WebhookDeliveryDto;
import dk.jobmatch.api.model.WebhookDto;
import dk.jobmatch.api.model.WebhookEventTypeDto;
import dk.jobmatch.common.TimeMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.Set;

/** Subscriptions and deliveries in the API model; the secret only where asked for. */
@Mapper(uses = TimeMapping.class)
interface WebhookMapper {

    @Mapping(target = "secret", ignore = true)
    WebhookDto toDto(Subscription subscription);

    default WebhookDto toDtoWithSecret(Subscription subscription) {
        WebhookDto dto = toDto(subscription);
        dto.setSecret(subscription.secret());
        return dto;
    }

    WebhookDeliveryDto toDto(Delivery delivery);

    List<EventType> toDomain(Set<WebhookEventTypeDto> eventTypes);
}
