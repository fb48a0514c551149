package dk.jobmatch.webhook;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Stores a subscription's event types as the API's names separated by spaces, as rows always held them. */
@Singleton
class EventTypesColumn implements AttributeConverter<List<EventType>, String> {

    @Override
    public String convertToPersistedValue(List<EventType> types, ConversionContext context) {
        return types == null ? null : types.stream().map(EventType::value).collect(Collectors.joining(" "));
    }

    @Override
    public List<EventType> convertToEntityValue(String value, ConversionContext context) {
        return value == null ? null : Arrays.stream(value.split(" ")).map(EventType::ofValue).toList();
    }
}
