package dk.jobmatch.webhook;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/** Stores a delivery's event type as the API's name (need.created), as rows always held it. */
@Singleton
class EventTypeColumn implements AttributeConverter<EventType, String> {

    @Override
    public String convertToPersistedValue(EventType type, ConversionContext context) {
        return type == null ? null : type.value();
    }

    @Override
    public EventType convertToEntityValue(String value, ConversionContext context) {
        return value == null ? null : EventType.ofValue(value);
    }
}
