package dk.jobmatch.match;

import dk.jobmatch.vocabulary.ConceptTerms;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The concept terms related to a phrase through the occupations' essential competences, for the
 * candidate pool ({@code CitizenCandidates.findByFit}, {@code NeedCandidates.findByFit}): a need
 * asking for "leg med børn" also looks for profiles naming "pædagogmedhjælper", and a citizen whose
 * goal is "pædagogmedhjælper" for needs naming its tasks, as the scorer credits them
 * ({@link ConceptCredit#ESSENTIAL}). Capped, so a broad title cannot crowd out the other groups'
 * clauses; the terms are taken in id order, so the cap cuts the same way every time.
 */
final class RelatedTerms implements Function<String, Set<String>> {

    /** At most this many related terms per phrase. */
    static final int CAP = 60;

    private final Function<String, Set<String>> terms;
    private final Supplier<ConceptCredit> credits;

    /** {@code credits} gives the partial credit of the vocabulary in force, read on each phrase. */
    RelatedTerms(Function<String, Set<String>> terms, Supplier<ConceptCredit> credits) {
        this.terms = terms;
        this.credits = credits;
    }

    @Override
    public Set<String> apply(String phrase) {
        Set<String> own = phrase == null ? Set.of() : terms.apply(phrase);
        ConceptCredit credit = credits.get();
        Set<String> related = new TreeSet<>();
        for (String term : own) {
            String id = ConceptTerms.idOf(term);
            if (id != null) {
                credit.essentiallyRelated(id).forEach(other -> related.add(ConceptTerms.term(other)));
            }
        }
        related.removeAll(own);
        return related.stream().limit(CAP).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
}
