package dk.jobmatch.match;

/**
 * How well a pair fits beyond the hard constraints, in three tiers that order a match list before
 * the score does (contract v1.1), so practical convenience (hours, distance, flexibility) can never
 * lift a citizen from another trade above one who has what the need asks for. Declared best first.
 * "Tasks the citizen may do" are those no accommodation rules out; a tier depends on the pair
 * alone and never drops when the citizen gains a competence or job goal or the need a flexibility.
 */
enum MatchFit {

    /**
     * The citizen has at least half of the competences the need asks for, in tasks they may do, and
     * a job goal it speaks to.
     */
    STRONG,
    /** Some competence or job-goal overlap, but not both half of the competences and a job goal. */
    PARTIAL,
    /** No competence or job-goal overlap: only the hard constraints and the practical parts fit. */
    CONSTRAINTS_ONLY;

    /** Competences covered at or above this share of those the need asks for make a strong fit. */
    static final double STRONG_SHARE = 0.5;

    /**
     * {@code goalMatches}: a job goal the need fully speaks to; {@code goalRelated}: one it speaks
     * to at least through a related concept (overlap, but not enough for STRONG).
     */
    static MatchFit of(CompetenceFit.Coverage coverage, boolean goalMatches, boolean goalRelated) {
        if (coverage.share() >= STRONG_SHARE && goalMatches) {
            return STRONG;
        }
        return coverage.covered().isEmpty() && !goalMatches && !goalRelated ? CONSTRAINTS_ONLY : PARTIAL;
    }

    /** Whether this tier is at least as good as {@code minimum} (STRONG passes every minimum). */
    boolean atLeast(MatchFit minimum) {
        return ordinal() <= minimum.ordinal();
    }
}
