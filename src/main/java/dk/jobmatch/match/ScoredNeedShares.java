package dk.jobmatch.match;

import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedShares;
import dk.jobmatch.search.TextTerms;
import jakarta.inject.Singleton;

/** {@link NeedShares} as the competence part and the text part count them, by the vocabulary in force. */
@Singleton
final class ScoredNeedShares implements NeedShares {

    private final TextTerms terms;
    private final LiveConceptCredit credits;

    ScoredNeedShares(TextTerms terms, LiveConceptCredit credits) {
        this.terms = terms;
        this.credits = credits;
    }

    @Override
    public int competences(Need need) {
        return CompetenceFit.wanted(need).size();
    }

    @Override
    public double text(Need need) {
        return TextFit.Weighed.of(need, terms::of, credits.get()).all();
    }
}
