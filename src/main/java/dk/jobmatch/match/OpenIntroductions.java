package dk.jobmatch.match;

import java.util.Collection;
import java.util.Set;

/**
 * Which citizens have an open (PROPOSED) introduction to an employer: one of the two ways a citizen
 * is "in process" (the other is an agreement holding tasks, which capacity/ knows). Implemented by
 * introduction/, which itself asks this package whether a pair keeps the match guarantees; the
 * interface lives here so matching depends on no package that depends on it.
 */
public interface OpenIntroductions {

    /** Of these citizens, those with at least one PROPOSED introduction. */
    Set<String> citizensWithOpenIntroductions(Collection<String> citizenIds);
}
