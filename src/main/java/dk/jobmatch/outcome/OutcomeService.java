package dk.jobmatch.outcome;

import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The outcome report for CONSULTANT and ADMIN callers: the figures as the database aggregates them
 * ({@link OutcomeQueries}, one query), rounded and suppressed by {@link OutcomeFigures}. Aggregates
 * only, so no citizen read is audited: no citizen leaves the server.
 */
@Singleton
class OutcomeService {

    private final OutcomeQueries queries;
    private final AccessPolicy access;
    private final Clock clock;

    OutcomeService(OutcomeQueries queries, AccessPolicy access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    record Report(Period period, LocalDate computedOn, OutcomeFigures.Filter filter, List<Figure> figures) {
    }

    @Transactional(readOnly = true)
    Report report(@Nullable LocalDate from, @Nullable LocalDate to, OutcomeFigures.Filter filter) {
        access.require(Role.CONSULTANT, Role.ADMIN);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = to == null ? today : to;
        if (from != null && from.isAfter(until)) {
            throw ApiException.unprocessable(List.of(new FieldViolation("from",
                    "must not be after to (" + until + ")")));
        }
        Period period = new Period(from, until);
        return new Report(period, today, filter, OutcomeFigures.of(queries.aggregates(period, filter, today)));
    }
}
