package dk.jobmatch.notification;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.ANSI)
interface NotificationRepository extends CrudRepository<Notification, String> {

    Page<Notification> findByRecipient(String recipient, Pageable pageable);
}
