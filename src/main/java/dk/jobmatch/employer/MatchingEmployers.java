package dk.jobmatch.employer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Employers as a citizen's matches weigh them (name, workplace, size, work culture), kept in memory
 * between requests: reading 150 of them per request was 15 % of a citizen's match (issue 23,
 * docs/performance.md). Nothing needs to follow changes because there are none to follow: those
 * fields are fixed when an employer is registered, and employers are never deleted. The rest (the
 * owner and contact dates, which change, and the contact person, which matching does not read) is
 * left out of the copies, so no reader can see it stale.
 * Should an edit of the kept fields ever be added, it must drop the copy here.
 */
@Singleton
class MatchingEmployers {

    private final EmployerRepository employers;
    private final Cache<String, Employer> kept;

    MatchingEmployers(EmployerRepository employers, @Value("${jobmatch.match.employer-cache:50000}") int size) {
        this.employers = employers;
        this.kept = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofMinutes(30)).build();
    }

    /** The employers of these ids that exist, by id; those not kept are read in one query. */
    Map<String, Employer> find(Collection<String> ids) {
        return kept.getAll(ids, missing -> employers.findByIdIn(List.copyOf(missing)).stream()
                .map(Employer::forMatching).collect(Collectors.toMap(Employer::id, copy -> copy)));
    }
}
