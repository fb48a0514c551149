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
 * A term only the citizen's job goals hold earns {@value #GOAL} of that: a goal says what the
 * citizen wants, competences and experience what they have shown, and the job goal part already
 * counts the goals (docs/matching-quality.md, "The text part's definition, cross-validated").
 * A property of the pair, and monotone: more profile can only add.
 */
final class TextFit {

    /** At most this many shared words and concepts are named in the explanation. */
    private static final int NAMED = 6;
    /** What a term earns that only the profile's job goals hold, of what it earns from the rest. */
    static final double GOAL = 0.5;

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
        return of(Weighed.of(wanted(need, terms), terms, credit), CompetenceFit.of(citizen, terms, credit).profile(), credit);
    }

    /**
     * The need's terms with their concepts and weights, worked out once for all candidates of a
     * request rather than again for each candidate. In the set's order, so the sums add up exactly
     * as they did term by term. {@code numbers}: each concept's number in {@code credit} (-1 for a word).
     */
    record Weighed(List<String> terms, List<String> ids, double[] weights, double all, ConceptCredit credit,
                   int[] numbers) {

        /** The terms of what {@code need} says about its work ({@link #wanted}), weighted as below. */
        static Weighed of(Need need, Function<String, Set<String>> analysis, ConceptCredit credit) {
            return of(wanted(need, analysis), analysis, credit);
        }

        /** {@code wanted} each weighted by the trades of {@code credit}'s vocabulary ({@link ConceptCredit#tradesByWord}). */
        static Weighed of(Set<String> wanted, Function<String, Set<String>> analysis, ConceptCredit credit) {
            Map<String, Integer> trades = credit.tradesByWord(analysis);
            List<String> terms = new ArrayList<>(wanted.size());
            List<String> ids = new ArrayList<>(wanted.size());
            double[] weights = new double[wanted.size()];
            double all = 0;
            for (String term : wanted) {
                double weight = weight(trades.getOrDefault(term, 0));
                weights[terms.size()] = weight;
                terms.add(term);
                ids.add(ConceptTerms.idOf(term));
                all += weight;
            }
            return new Weighed(terms, ids, weights, all, credit, credit.numbers(ids));
        }
    }

    /** The share of the need's terms {@code wanted} the profile has. */
    static Text of(Weighed wanted, CompetenceFit.Profile profile, ConceptCredit credit) {
        if (wanted.terms().isEmpty()) {
            return new Text(0, List.of());
        }
        // By number (docs/performance.md, issue 23); an id the credit does not number by id.
        int[] numbers = wanted.credit() == credit ? wanted.numbers() : credit.numbers(wanted.ids());
        int[] own = profile.concepts().numbersIn(credit);
        int[] goals = profile.goalConcepts().numbersIn(credit);
        double earned = 0;
        List<Integer> shared = new ArrayList<>();
        for (int i = 0; i < wanted.terms().size(); i++) {
            String term = wanted.terms().get(i);
            String id = wanted.ids().get(i);
            double weight = wanted.weights()[i];
            if (id == null ? profile.words().contains(term) : has(profile.concepts(), own, id, numbers[i])) {
                earned += weight;
                shared.add(i);
                continue;
            }
            double got = 0;
            if (id == null ? profile.goalWords().contains(term) : has(profile.goalConcepts(), goals, id, numbers[i])) {
                got = GOAL;
                shared.add(i);
            }
            if (id != null) {
                got = Math.max(got, Math.max(related(credit, id, numbers[i], profile.concepts(), own),
                        GOAL * related(credit, id, numbers[i], profile.goalConcepts(), goals)));
            }
            earned += weight * got;
        }
        shared.sort(Comparator.comparingDouble((Integer i) -> -wanted.weights()[i])
                .thenComparing(i -> wanted.terms().get(i)));
        List<String> named = shared.stream().limit(NAMED).map(i -> {
            String id = wanted.ids().get(i);
            return id == null ? wanted.terms().get(i) : credit.label(id);
        }).distinct().toList();
        return new Text(earned / wanted.all(), named);
    }

    /** Whether {@code concepts} (numbered {@code own}) name the concept {@code id}, numbered {@code number} (-1: by id). */
    private static boolean has(ConceptIds concepts, int[] own, String id, int number) {
        if (number < 0) {
            return concepts.ids().contains(id);
        }
        for (int b : own) {
            if (b == number) {
                return true;
            }
        }
        return false;
    }

    /** The best credit {@code concepts} (numbered {@code own}) give the concept {@code id}, numbered {@code number}. */
    private static double related(ConceptCredit credit, String id, int number, ConceptIds concepts, int[] own) {
        return number < 0 ? credit.best(id, concepts.ids()) : credit.best(number, own);
    }

    /**
     * A word's weight by how many trades' labels use it: 1 for none (a word the vocabulary does not
     * hold, or a concept), about 0.6 for one trade, 0.4 for three, 0.3 for ten: an inverse document
     * frequency over the trades rather than over the index, so the score stays a property of the pair.
     */
    static double weight(int trades) {
        return 1.0 / (1 + Math.log(1 + trades));
    }

}
