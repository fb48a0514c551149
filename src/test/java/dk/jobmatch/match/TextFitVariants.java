package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.ConceptTerms;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntToDoubleFunction;

/**
 * Variants of the text part ({@link TextFit}) for the experiment "The text part's definition,
 * cross-validated" (issue 24, docs/matching-quality.md): {@link WeightsFitDump} writes each
 * variant's share as a column beside the served one, and {@code tools/fit_text_variants.py} fits
 * the text weight to each. Every variant is a property of the pair and monotone in the profile
 * (more profile can only add). {@code base} is the definition before that experiment, {@code
 * goals05} the one kept ({@link TextFit#GOAL}), written afresh: the dump checks it equals the served
 * text part, so the variants differ from it only where they say.
 */
final class TextFitVariants {

    /**
     * @param concept    a concept term's weight (a word's is {@code word} of its trades)
     * @param word       a word's weight by the number of trades whose labels use it
     * @param titles     factor for a term the need's title or a task's title holds
     * @param related    what a related concept's credit (0 to 1) earns
     * @param goals      what a term earns that only the profile's job goals hold
     * @param light      the weight of a word of everyday Danish ({@code experiment/general-words-da.txt}) or a
     *                   number, which says nothing about the work; negative: weighed as any other word
     * @param aligned    a term of the need weighs {@code aligned + (1 - aligned) * a}, {@code a} how much the
     *                   trades it belongs to are the need's own ({@link TradeMix}: 1 for the need's leading
     *                   trade, 0 for one the need does not speak of; a term of no trade 1); negative: off
     */
    record Variant(String name, double concept, IntToDoubleFunction word, double titles,
                   DoubleUnaryOperator related, double goals, double light, double aligned) {

        Variant(String name, double concept, IntToDoubleFunction word, double titles, DoubleUnaryOperator related,
                double goals) {
            this(name, concept, word, titles, related, goals, -1, -1);
        }

        Variant(String name, double concept, IntToDoubleFunction word, double titles, DoubleUnaryOperator related,
                double goals, double light) {
            this(name, concept, word, titles, related, goals, light, -1);
        }
    }

    private static final Variant BASE = new Variant("base", 1, TextFit::weight, 1, x -> x, 1);
    private static final String GENERAL_WORDS = "/experiment/general-words-da.txt";
    private static volatile Set<String> general;

    /** The variant the service serves ({@link TextFit}). */
    static final String SERVED = "goals05";

    static final List<Variant> ALL = List.of(
            BASE,
            new Variant("concept15", 1.5, TextFit::weight, 1, x -> x, 1),
            new Variant("concept2", 2, TextFit::weight, 1, x -> x, 1),
            new Variant("word_inv", 1, t -> 1.0 / (1 + t), 1, x -> x, 1),
            new Variant("word_cut3", 1, t -> t >= 3 ? 0 : TextFit.weight(t), 1, x -> x, 1),
            new Variant("titles2", 1, TextFit::weight, 2, x -> x, 1),
            new Variant("related0", 1, TextFit::weight, 1, x -> 0, 1),
            new Variant("related_cap05", 1, TextFit::weight, 1, x -> Math.min(x, 0.5), 1),
            new Variant("related_sqrt", 1, TextFit::weight, 1, Math::sqrt, 1),
            new Variant("goals0", 1, TextFit::weight, 1, x -> x, 0),
            new Variant("goals05", 1, TextFit::weight, 1, x -> x, TextFit.GOAL),
            new Variant("word_inv_goals0", 1, t -> 1.0 / (1 + t), 1, x -> x, 0),
            new Variant("word_inv_goals05", 1, t -> 1.0 / (1 + t), 1, x -> x, 0.5),
            new Variant("light0", 1, TextFit::weight, 1, x -> x, TextFit.GOAL, 0),
            new Variant("light_all", 1, TextFit::weight, 1, x -> x, TextFit.GOAL, TextFit.weight(15)),
            new Variant("unknown_as1", 1, t -> TextFit.weight(Math.max(t, 1)), 1, x -> x, TextFit.GOAL),
            new Variant("unknown_as2", 1, t -> TextFit.weight(Math.max(t, 2)), 1, x -> x, TextFit.GOAL),
            new Variant("unknown_as3", 1, t -> TextFit.weight(Math.max(t, 3)), 1, x -> x, TextFit.GOAL),
            new Variant("unknown_075", 1, t -> t == 0 ? 0.75 : TextFit.weight(t), 1, x -> x, TextFit.GOAL),
            new Variant("aligned0", 1, TextFit::weight, 1, x -> x, TextFit.GOAL, -1, 0),
            new Variant("aligned025", 1, TextFit::weight, 1, x -> x, TextFit.GOAL, -1, 0.25),
            new Variant("aligned05", 1, TextFit::weight, 1, x -> x, TextFit.GOAL, -1, 0.5),
            new Variant("aligned075", 1, TextFit::weight, 1, x -> x, TextFit.GOAL, -1, 0.75),
            new Variant("unknown_as1_light0", 1, t -> TextFit.weight(Math.max(t, 1)), 1, x -> x, TextFit.GOAL, 0));

    private TextFitVariants() {
    }

    /** The variant's share (0 to 1) of the need's terms the citizen's profile has: 0 without any terms, as TextFit. */
    static Double share(Variant variant, Need need, Citizen citizen, Function<String, Set<String>> terms,
                        ConceptCredit credit) {
        Set<String> wanted = TextFit.wanted(need, terms);
        if (wanted.isEmpty()) {
            return 0.0; // as TextFit
        }
        Set<String> titled = new HashSet<>();
        pieces(need).forEach(piece -> titled.addAll(terms.apply(piece)));
        // The profile as TextFit reads it (competences, job goals, the experience's words and
        // concepts), split into the job goals and the rest.
        Set<String> rest = new HashSet<>();
        citizen.competences().forEach(c -> rest.addAll(terms.apply(c)));
        if (citizen.experience() != null) {
            rest.addAll(terms.apply(citizen.experience()));
        }
        Set<String> goal = new HashSet<>();
        citizen.jobGoals().forEach(g -> {
            if (g.title() != null) {
                goal.addAll(terms.apply(g.title()));
            }
        });
        List<String> restConcepts = rest.stream().map(ConceptTerms::idOf).filter(Objects::nonNull).toList();
        List<String> goalConcepts = goal.stream().map(ConceptTerms::idOf).filter(Objects::nonNull).toList();
        Map<String, Integer> trades = credit.tradesByWord(terms);
        Set<String> light = variant.light() < 0 ? Set.of() : general(terms);
        Map<String, List<String>> tradesOfWords = variant.aligned() < 0 ? Map.of() : TradeMix.danish(terms);
        TradeMix needMix = variant.aligned() < 0 ? null : TradeMix.ofNeed(need, terms, tradesOfWords);
        double earned = 0;
        double all = 0;
        for (String term : wanted) {
            String id = ConceptTerms.idOf(term);
            double weight = (id == null && (light.contains(term) || term.chars().allMatch(Character::isDigit))
                    && variant.light() >= 0 ? variant.light()
                    : id == null ? variant.word().applyAsDouble(trades.getOrDefault(term, 0))
                    : variant.concept() * TextFit.weight(trades.getOrDefault(term, 0)))
                    * (titled.contains(term) ? variant.titles() : 1)
                    * (needMix == null ? 1 : variant.aligned() + (1 - variant.aligned())
                    * needMix.alignment(id == null ? tradesOfWords.getOrDefault(term, List.of()) : TradeMix.tradesOf(id)));
            all += weight;
            double got;
            if (rest.contains(term)) {
                got = 1;
            } else if (goal.contains(term)) {
                got = variant.goals();
            } else {
                got = 0;
            }
            if (id != null && got < 1) {
                double related = Math.max(variant.related().applyAsDouble(credit.best(id, restConcepts)),
                        variant.goals() * variant.related().applyAsDouble(credit.best(id, goalConcepts)));
                got = Math.max(got, related);
            }
            earned += weight * got;
        }
        return all == 0 ? 0.0 : earned / all;
    }

    /** The word terms of the everyday words, analysed as the text is; read once. */
    private static Set<String> general(Function<String, Set<String>> terms) {
        Set<String> known = general;
        if (known == null) {
            try (var in = TextFitVariants.class.getResourceAsStream(GENERAL_WORDS)) {
                Set<String> found = new HashSet<>();
                new String(Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                        .lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .forEach(l -> terms.apply(l).stream().filter(t -> ConceptTerms.idOf(t) == null)
                                .forEach(found::add));
                known = Set.copyOf(found);
                general = known;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return known;
    }

    /** The need's title and its tasks' titles: the work named, not the prose. */
    private static List<String> pieces(Need need) {
        List<String> titles = new java.util.ArrayList<>();
        titles.add(need.title());
        need.tasks().stream().map(Task::title).forEach(titles::add);
        titles.removeIf(Objects::isNull);
        return titles;
    }
}
