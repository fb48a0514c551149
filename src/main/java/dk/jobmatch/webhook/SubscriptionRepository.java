package dk.jobmatch.webhook;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.ANSI)
interface SubscriptionRepository extends CrudRepository<Subscription, String> {

    List<Subscription> findByCreatedByOrderByCreatedAt(String createdBy);

    List<Subscription> listOrderByCreatedAt();
}
