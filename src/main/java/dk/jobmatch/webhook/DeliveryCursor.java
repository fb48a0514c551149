package dk.jobmatch.webhook;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** How far outbox rows have been turned into deliveries; the table has one row, id 1. */
@MappedEntity(value = "webhook_cursor", escape = false)
record DeliveryCursor(@Id Integer id, long lastOutboxId) {
}
