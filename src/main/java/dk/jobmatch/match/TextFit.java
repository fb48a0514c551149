package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Need;
import dk.jobmatch.vocabulary.ConceptTerms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How much of what the need says about its work (its title and description, its tasks' titles and
 * descriptions) the citizen's profile also says (competences, job goals, experience), as a share
 * of the need's terms (words and concepts, as the index has them). The competence part compares
 * only the phrases a need names as competences; this part reads the rest, where a kindergarten's
 * "fodbold og leg" meets a citizen's "fodboldtræner", so of two profiles that cover the same
 * phrases the one that speaks about more of the work ranks higher (docs/matching-quality.md:
 * mostly ties on the other parts). A word counts less the more trades' labels in the vocabulary use
 * it ({@link #weight}): "arbejde", "hjælpe" or "vask" say little about which work is meant. A
 * concept counts 1, or the credit a related concept of the profile gives it ({@link ConceptCredit}).
 * A property of the pair, and monotone: more profile can only add.
 */
final class TextFit {

    /** At most this many shared words and concepts are named in the explanation. */
    private static final int NAMED = 6;

    private TextFit() {
    }

    /** The share (0 to 1) and the shared terms, the most telling first, as the explanation names them. */
    record Text(double share, List<String> shared) {
    }

    /** The terms of what the need says about its work; the same for every candidate of a request. */
    static Set<String> wanted(Need need, Function<String, Set<String>> terms) {
        Set<String> wanted = new HashSet<>();
        CompetenceFit.goalText(need, need.tasks()).forEach(piece -> wanted.addAll(terms.apply(piece)));
        return wanted;
    }

    /** The pair's text part, the citizen's profile analysed afresh (tests). */
    static Text of(Need need, Citizen citizen, Function<String, Set<String>> terms, ConceptCredit credit) {
        return of(wanted(need, terms), CompetenceFit.of(citizen, terms, credit).profile(), credit,
                credit.tradesByWord(terms));
    }

    /** The share of the need's terms {@code wanted} the profile has, each weighted by {@code trades}. */
    static Text of(Set<String> wanted, CompetenceFit.Profile profile, ConceptCredit credit,
                   Map<String, Integer> trades) {
        if (wanted.isEmpty()) {
            return new Text(0, List.of());
        }
        double all = 0;
        double earned = 0;
        List<String> shared = new ArrayList<>();
        for (String term : wanted) {
            double weight = weight(trades.getOrDefault(term, 0));
            all += weight;
            String id = ConceptTerms.idOf(term);
            if (id == null ? profile.words().contains(term) : profile.concepts().contains(id)) {
                earned += weight;
                shared.add(term);
            } else if (id != null) {
                earned += weight * related(id, profile.concepts(), credit);
            }
        }
        shared.sort(Comparator.comparingDouble((String t) -> -weight(trades.getOrDefault(t, 0)))
                .thenComparing(Comparator.naturalOrder()));
        List<String> named = shared.stream().limit(NAMED).map(t -> {
            String id = ConceptTerms.idOf(t);
            return id == null ? t : credit.label(id);
        }).distinct().toList();
        return new Text(earned / all, named);
    }

    /**
     * A word's weight by how many trades' labels use it: 1 for none (a word the vocabulary does not
     * hold, or a concept), about 0.6 for one trade, 0.4 for three, 0.3 for ten: an inverse document
     * frequency over the trades rather than over the index, so the score stays a property of the pair.
     */
    static double weight(int trades) {
        return 1.0 / (1 + Math.log(1 + trades));
    }

    private static double related(String wanted, Set<String> own, ConceptCredit credit) {
        double best = 0;
        for (String id : own) {
            best = Math.max(best, credit.of(wanted, id));
        }
        return best;
    }
}
