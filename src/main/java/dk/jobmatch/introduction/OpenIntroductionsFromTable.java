package dk.jobmatch.introduction;

import dk.jobmatch.common.Slices;
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
        Set<String> open = new HashSet<>();
        for (List<String> slice : Slices.of(List.copyOf(citizenIds), IN_SLICE)) {
            introductions.findByCitizenIdInAndStatus(slice, IntroductionStatus.PROPOSED)
                    .forEach(i -> open.add(i.citizenId()));
        }
        return open;
    }
}
