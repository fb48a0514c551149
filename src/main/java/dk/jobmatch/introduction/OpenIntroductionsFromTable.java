package dk.jobmatch.introduction;

import dk.jobmatch.match.OpenIntroductions;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells matching which citizens have an open introduction, straight from the introduction table
 * (not through the service, which itself uses the matcher).
 */
@Singleton
class OpenIntroductionsFromTable implements OpenIntroductions {

    private static final int IN_SLICE = 1000;

    private final IntroductionRepository introductions;

    OpenIntroductionsFromTable(IntroductionRepository introductions) {
        this.introductions = introductions;
    }

    @Override
    public Set<String> citizensWithOpenIntroductions(Collection<String> citizenIds) {
        List<String> ids = List.copyOf(citizenIds);
        Set<String> open = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IN_SLICE) {
            introductions.findByCitizenIdInAndStatus(ids.subList(from, Math.min(ids.size(), from + IN_SLICE)),
                    IntroductionStatus.PROPOSED).forEach(i -> open.add(i.citizenId()));
        }
        return open;
    }
}
