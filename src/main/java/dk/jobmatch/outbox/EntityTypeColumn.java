package dk.jobmatch.outbox;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/** Stores an entity type as its lower-case value rather than its constant name (see {@link EntityType#value()}). */
@Singleton
class EntityTypeColumn implements AttributeConverter<EntityType, String> {

    @Override
    public String convertToPersistedValue(EntityType type, ConversionContext context) {
        return type == null ? null : type.value();
    }

    @Override
    public EntityType convertToEntityValue(String value, ConversionContext context) {
        return value == null ? null : EntityType.ofValue(value);
    }
}
