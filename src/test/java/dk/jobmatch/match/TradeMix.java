package dk.jobmatch.match;

import dk.jobmatch.employer.Need;
import dk.jobmatch.vocabulary.ConceptTerms;
import dk.jobmatch.vocabulary.ConceptVocabulary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * An experiment of issue 24, measured and not kept (docs/matching-quality.md, "Trade affinity"):
 * which trades a side of a pair speaks of, and how much. Each word term counts towards the trades
 * whose labels in the vocabulary use it, split evenly ("skrald" towards recycling, "vask" towards
 * cleaning, kitchen and laundry), each concept towards its own trade; general competences and DISCO
 * groups towards none. {@link WeightsFitDump} writes two ways of comparing a pair's mixes as columns
 * and {@code tools/fit_trade_affinity.py} fits each as a ninth score part: the cosine, which pays
 * but is not monotone in the profile (issue 22: a citizen who gains a competence the need asks for
 * can fall, {@code TradeMixTest}), and the monotone share of the need's mix the profile covers,
 * which does not pay.
 */
final class TradeMix {

    private static final String GENERAL = "general";
    private static final String DISCO = "disco";
    private static final Map<Function<String, Set<String>>, Map<String, List<String>>> DANISH =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Double> weights;
    private final double norm;

    private TradeMix(Map<String, Double> weights) {
        this.weights = Map.copyOf(weights);
        this.norm = Math.sqrt(weights.values().stream().mapToDouble(v -> v * v).sum());
    }

    /** {@link #tradesOfWords(ConceptVocabulary, Function)} of the Danish vocabulary, worked out once per analysis. */
    static Map<String, List<String>> danish(Function<String, Set<String>> terms) {
        return DANISH.computeIfAbsent(terms, t -> tradesOfWords(ConceptVocabulary.danish(), t));
    }

    /** A concept's trade as a mix counts it: none for a general competence or a DISCO group. */
    static List<String> tradesOf(String conceptId) {
        String trade = PhraseCredit.trade(conceptId);
        return trade.equals(GENERAL) || trade.equals(DISCO) ? List.of() : List.of(trade);
    }

    /** For each word term of the vocabulary's labels (analysed by {@code terms}), the trades with a label holding it. */
    static Map<String, List<String>> tradesOfWords(ConceptVocabulary vocabulary, Function<String, Set<String>> terms) {
        Map<String, Set<String>> byWord = new HashMap<>();
        vocabulary.labels().forEach((label, concept) -> {
            String trade = PhraseCredit.trade(concept.id());
            if (!trade.equals(DISCO) && !trade.equals(GENERAL)) {
                terms.apply(label).stream().filter(term -> ConceptTerms.idOf(term) == null)
                        .forEach(word -> byWord.computeIfAbsent(word, k -> new TreeSet<>()).add(trade));
            }
        });
        Map<String, List<String>> listed = new HashMap<>();
        byWord.forEach((word, trades) -> listed.put(word, List.copyOf(trades)));
        return Map.copyOf(listed);
    }

    /** The mix of what a need says about its work: its title and description, its tasks' titles, descriptions and competences. */
    static TradeMix ofNeed(Need need, Function<String, Set<String>> terms, Map<String, List<String>> tradesByWord) {
        List<PhraseCredit.Phrase> work = new ArrayList<>();
        CompetenceFit.goalText(need, need.tasks()).forEach(text -> work.add(PhraseCredit.Phrase.of(text, terms.apply(text))));
        need.tasks().forEach(task -> task.competences().forEach(c -> work.add(PhraseCredit.Phrase.of(c, terms.apply(c)))));
        return of(work, tradesByWord);
    }

    /** The mix of a profile: its competences, job goals and experience (its words and the concepts it names). */
    static TradeMix ofProfile(CompetenceFit.Profile profile, Map<String, List<String>> tradesByWord) {
        List<PhraseCredit.Phrase> own = new ArrayList<>(profile.all());
        if (profile.story() != null) {
            own.add(profile.story());
        }
        return of(own, tradesByWord);
    }

    /** The mix of some phrases, each counted on its own (a term two phrases hold counts twice). */
    static TradeMix of(Collection<PhraseCredit.Phrase> phrases, Map<String, List<String>> tradesByWord) {
        Map<String, Double> mix = new HashMap<>();
        for (PhraseCredit.Phrase phrase : phrases) {
            for (String word : phrase.words()) {
                List<String> trades = tradesByWord.get(word);
                if (trades != null) {
                    double share = 1.0 / trades.size();
                    trades.forEach(trade -> mix.merge(trade, share, Double::sum));
                }
            }
            for (String id : phrase.concepts().ids()) {
                tradesOf(id).forEach(trade -> mix.merge(trade, 1.0, Double::sum));
            }
        }
        return new TradeMix(mix);
    }

    /**
     * How much of this (the need's) mix {@code own} (the profile's) speaks of: each trade counts by
     * its share of this mix, times how much of it the profile has, up to {@code enough} terms' worth.
     * 0 to 1; 0 when this names no trade. Monotone: more profile can only add.
     */
    double coveredBy(TradeMix own, double enough) {
        double all = 0;
        double covered = 0;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            all += entry.getValue();
            covered += entry.getValue() * Math.min(1, own.weights.getOrDefault(entry.getKey(), 0.0) / enough);
        }
        return all == 0 ? 0 : covered / all;
    }

    /**
     * How much some trades (a term's) are this mix's own: the mean over them of each one's weight in
     * this mix against its leading trade's: 1 for none (a term of no trade is not judged), and 1
     * when this mix names no trade (nothing to judge it by).
     */
    double alignment(List<String> trades) {
        if (trades.isEmpty()) {
            return 1;
        }
        double top = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (top == 0) {
            return 1;
        }
        double sum = 0;
        for (String trade : trades) {
            sum += weights.getOrDefault(trade, 0.0) / top;
        }
        return sum / trades.size();
    }

    /** The cosine of the two mixes: 0 to 1, 0 when either names no trade. Not monotone: other trades lower it. */
    double affinity(TradeMix other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> entry : weights.entrySet()) {
            dot += entry.getValue() * other.weights.getOrDefault(entry.getKey(), 0.0);
        }
        return dot / (norm * other.norm);
    }
}
