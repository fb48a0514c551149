package dk.jobmatch.idempotency;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

import java.time.Instant;

/**
 * A claimed Idempotency-Key and the answer recorded for it. Without a status the first request
 * is still running.
 */
@MappedEntity(value = "idempotency_key", escape = false)
record IdempotencyKey(
        @EmbeddedId Id id,
        @Nullable Integer status,
        @Nullable String location,
        @Nullable String body,
        Instant createdAt) {

    /**
     * The primary key: a key is unique per caller only. The explicit column names keep Micronaut
     * Data from prefixing them with the property's name ({@code id_caller}).
     */
    @Embeddable
    record Id(@MappedProperty("caller") String caller, @MappedProperty("idem_key") String key) {
    }
}
