package dk.jobmatch.outcome;

import dk.jobmatch.agreement.CourseRecord;
import dk.jobmatch.agreement.CourseRecords;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.common.ApiException;
import dk.jobmatch.common.FieldViolation;
import dk.jobmatch.security.AccessPolicy;
import dk.jobmatch.security.Role;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome report for CONSULTANT and ADMIN callers: the placements from agreement/, the
 * profiles' target group and creation day from citizen/ (read for aggregates only, so no citizen
 * read is audited: no citizen leaves the server), and {@link OutcomeFigures} over them.
 */
@Singleton
class OutcomeService {

    private final CourseRecords courses;
    private final CitizenService citizens;
    private final AccessPolicy access;
    private final Clock clock;

    OutcomeService(CourseRecords courses, CitizenService citizens, AccessPolicy access, Clock clock) {
        this.courses = courses;
        this.citizens = citizens;
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
        List<CourseRecord> placements = courses.placements();
        Map<String, OutcomeFigures.Profile> profiles = new HashMap<>();
        for (Citizen c : citizens.loadForMatching(placements.stream().map(CourseRecord::citizenId).distinct()
                .toList())) {
            profiles.put(c.id(), new OutcomeFigures.Profile(c.targetGroup(),
                    LocalDate.ofInstant(c.createdAt(), clock.getZone())));
        }
        return new Report(period, today, filter, OutcomeFigures.of(placements, profiles, filter, period, today));
    }
}
