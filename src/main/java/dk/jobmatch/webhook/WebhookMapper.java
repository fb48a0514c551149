package dk.jobmatch.webhook;

import dk.jobmatch.api.model.WebhookDeliveryDto;
import dk.jobmatch.api.model.WebhookDeliveryPageDto;
import dk.jobmatch.api.model.WebhookDto;
import dk.jobmatch.api.model.WebhookEventTypeDto;
import dk.jobmatch.common.Paging;
import dk.jobmatch.common.TimeMapping;
import io.micronaut.data.model.Page;
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

    @Mapping(target = "items", source = "found.content")
    @Mapping(target = "page", source = "paging.page")
    @Mapping(target = "size", source = "paging.size")
    @Mapping(target = "total", source = "found.totalSize")
    WebhookDeliveryPageDto toPage(Page<Delivery> found, Paging paging);

    List<EventType> toDomain(Set<WebhookEventTypeDto> eventTypes);
}
