package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.ConceptTerms;
import dk.jobmatch.vocabulary.Danish;
import dk.jobmatch.vocabulary.HourRange;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Scores a valid match with a formula of the pair alone: the need, the citizen, the carved bundle
 * and what they hold, never the other candidates of a request, so a score can be compared across
 * lists and over time. The score is the weighted mean of parts in [0, 1] (docs/matching-quality.md
 * has the formula); parts that do not apply to the pair (distance without locations, company fit for
 * someone without such accommodations) are left out of the mean. Each part is explained in absolute
 * Danish ("3 af 4 ønskede kompetencer", "12 km af højst 20 km"). The parts of the pair's facts
 * rather than its words (distance, flexibility, company) are {@link PracticalParts}'.
 *
 * <p>Monotone by construction: each part only rises when the citizen gains a competence or a job
 * goal (or a goal rises in priority), when the distance shrinks within reach, when a flexibility is
 * added, or when the top of the hours both sides accept comes down towards the proposal. The two
 * parts that depend on the bundle (fitting hours, hours) are sums over its tasks divided by a
 * constant of the pair, and the carving maximises exactly that sum, so the score is the best over
 * every valid bundle and an improvement that raises no bundle's parts cannot lower it.
 */
final class MatchScorer {

    private static final String CALM = "rolig stille alene fast makker";

    private final MatchWeights weights;
    private final Function<String, Set<String>> terms;
    private final Function<String, PhraseCredit.Phrase> phrases;
    /** The profiles' phrases: as {@code phrases}, but a request's scorer does not keep an experience between requests. */
    private final Function<String, PhraseCredit.Phrase> ownPhrases;
    private final Supplier<ConceptCredit> credits;
    /** Fixed for one request's scorer; null for the shared one, which reads the vocabulary in force each time. */
    private final ConceptCredit credit;
    /** Remembers phrase comparisons for one request's scorer; null for the shared one. */
    private final PhraseCredit phraseCredit;
    private final Set<String> calmWords;
    /** Profiles' phrases kept between requests; null: each profile is analysed when scored. */
    private final ProfilePhrases profiles;
    /**
     * The analysis a request's scorer reads every phrase with ({@link ProfilePhrases#pinned}), and
     * so the label of all it keeps in {@code profiles}; null for the shared scorer, which keeps
     * nothing.
     */
    private final Object analysis;
    /**
     * What a need says about its work, as weighed terms ({@link TextFit}), and the trades its phrases
     * name ({@link TradeContext}); once per need in a request's scorer, kept between requests with
     * the profiles.
     */
    private final Function<Need, ProfilePhrases.NeedTerms> needTerms;
    /** Another scorer for the same request, for another thread ({@link #sibling}); null for the shared one. */
    private final Supplier<MatchScorer> siblings;

    MatchScorer(MatchWeights weights, Function<String, Set<String>> terms) {
        this(weights, terms, ConceptCredit::danish);
    }

    /** {@code credits} gives the partial credit of the vocabulary in force, read once per request. */
    MatchScorer(MatchWeights weights, Function<String, Set<String>> terms, Supplier<ConceptCredit> credits) {
        this(weights, terms, credits, null);
    }

    /** As above, with the profiles' phrases kept in {@code profiles} (the service's scorer). */
    MatchScorer(MatchWeights weights, Function<String, Set<String>> terms, Supplier<ConceptCredit> credits,
                ProfilePhrases profiles) {
        this(weights, terms, phrasesOf(terms), phrasesOf(terms), credits, null, null, profiles, null, null, null);
    }

    private MatchScorer(MatchWeights weights, Function<String, Set<String>> terms,
                        Function<String, PhraseCredit.Phrase> phrases, Function<String, PhraseCredit.Phrase> ownPhrases,
                        Supplier<ConceptCredit> credits, ConceptCredit credit, Set<String> calmWords,
                        ProfilePhrases profiles, Object analysis,
                        Function<Need, ProfilePhrases.NeedTerms> needTerms, Supplier<MatchScorer> siblings) {
        this.weights = weights;
        this.terms = terms;
        this.phrases = phrases;
        this.ownPhrases = ownPhrases;
        this.credits = credits;
        this.credit = credit;
        this.phraseCredit = credit == null ? null : PhraseCredit.forOneRequest(credit);
        this.calmWords = calmWords;
        this.profiles = profiles;
        this.analysis = analysis;
        this.needTerms = needTerms != null ? needTerms
                : need -> needTermsOf(need, terms, phrases, credits.get());
        this.siblings = siblings;
    }

    private static ProfilePhrases.NeedTerms needTermsOf(Need need, Function<String, Set<String>> terms,
                                                        Function<String, PhraseCredit.Phrase> phrases,
                                                        ConceptCredit credit) {
        return new ProfilePhrases.NeedTerms(TextFit.Weighed.of(need, terms, credit),
                TradeContext.of(need, phrases));
    }

    /**
     * The terms of what the need says about its work, each weighted as the text part weighs it
     * ({@link TextFit}), scaled so that together they weigh {@code total}: for retrieving a pool in
     * the order the text part will score it.
     */
    Map<String, Float> textTerms(Need need, double total) {
        TextFit.Weighed wanted = needTerms.apply(need).terms();
        Map<String, Float> weights = new HashMap<>();
        for (int i = 0; i < wanted.terms().size(); i++) {
            weights.put(wanted.terms().get(i), (float) (total * wanted.weights()[i] / wanted.all()));
        }
        return weights;
    }

    /**
     * The terms of the citizen's profile, each weighted as the text part counts it when a need says
     * it ({@link TextFit}: the goals' own at {@link TextFit#GOAL}), times {@code scale}: for ranking
     * a pool of needs by the share of their text the profile covers.
     */
    Map<String, Float> profileTerms(Citizen citizen, double scale) {
        CompetenceFit.Profile profile = profile(citizen);
        Map<String, Float> weights = new HashMap<>();
        // The goals' first, so a term the profile also shows otherwise keeps its full weight.
        putWeighed(weights, profile.goalWords(), profile.goalConcepts(), scale * TextFit.GOAL);
        putWeighed(weights, profile.words(), profile.concepts(), scale);
        return weights;
    }

    /** Each of the words and concepts (as index terms) weighted as the text part weighs it, times {@code scale}. */
    private void putWeighed(Map<String, Float> weights, Set<String> words, ConceptIds concepts, double scale) {
        Set<String> all = new HashSet<>(words);
        concepts.ids().forEach(id -> all.add(ConceptTerms.term(id)));
        TextFit.Weighed weighed = TextFit.Weighed.of(all, terms, credit());
        for (int i = 0; i < weighed.terms().size(); i++) {
            weights.put(weighed.terms().get(i), (float) (scale * weighed.weights()[i]));
        }
    }

    private CompetenceFit.Profile profile(Citizen citizen) {
        return analysis == null ? CompetenceFit.Profile.of(citizen, ownPhrases) : profiles.of(citizen, analysis, ownPhrases);
    }

    private static Function<String, PhraseCredit.Phrase> phrasesOf(Function<String, Set<String>> terms) {
        return text -> PhraseCredit.Phrase.of(text, text == null ? Set.of() : terms.apply(text));
    }

    /**
     * A scorer for one request (one thread): each phrase is analysed once for all candidates, so a
     * need's task competences are not re-analysed for each of the hundreds of citizens scored.
     */
    MatchScorer forOneRequest() {
        // What is kept between requests is labelled with the analysis it was made under: one for the
        // whole request, though the vocabulary may change while it runs.
        ProfilePhrases.Held held = profiles == null ? null : profiles.pinned();
        // The vocabulary may have changed since the last request: its credit and words now.
        return forOneRequest(held, credits.get());
    }

    /**
     * A scorer for the same request on another thread ({@link dk.jobmatch.common.IdleCores}): the
     * same analysis and vocabulary, so its parts are the ones this scorer gives, and a memory of its
     * own (a request's memory is one thread's).
     */
    MatchScorer sibling() {
        if (siblings == null) {
            throw new IllegalStateException("only a request's scorer has siblings");
        }
        return siblings.get();
    }

    private MatchScorer forOneRequest(ProfilePhrases.Held held, ConceptCredit credit) {
        Function<String, Set<String>> read = held == null ? terms : held.terms();
        Object analysis = held == null ? null : held.analysis();
        Map<String, Set<String>> analysed = new HashMap<>();
        Function<String, Set<String>> once = text -> analysed.computeIfAbsent(text, read);
        Map<String, PhraseCredit.Phrase> parsed = new HashMap<>();
        Function<String, PhraseCredit.Phrase> fresh = phrasesOf(once);
        // A need's phrases as the profiles' are, one instance for all requests (ProfilePhrases).
        Function<String, PhraseCredit.Phrase> split = profiles == null ? fresh
                : text -> profiles.shared(analysis, text, fresh);
        Function<String, PhraseCredit.Phrase> phraseOnce = text -> text == null ? fresh.apply(null)
                : parsed.computeIfAbsent(text, split);
        Function<String, PhraseCredit.Phrase> ownOnce = text -> text == null ? fresh.apply(null)
                : parsed.computeIfAbsent(text, fresh);
        // By identity: a request weighs one need (or each need once) against many candidates.
        Map<Need, ProfilePhrases.NeedTerms> needs = new IdentityHashMap<>();
        Function<Need, ProfilePhrases.NeedTerms> made = need -> needTermsOf(need, once, phraseOnce, credit);
        Function<Need, ProfilePhrases.NeedTerms> needTermsOnce = need -> needs.computeIfAbsent(need,
                profiles == null ? made : n -> profiles.of(n, analysis, credit, made));
        return new MatchScorer(weights, once, phraseOnce, ownOnce, credits, credit, once.apply(CALM), profiles,
                analysis, needTermsOnce, () -> forOneRequest(held, credit));
    }

    private ConceptCredit credit() {
        return credit != null ? credit : credits.get();
    }

    /** Whether a work culture shares a word with the calm ones (analysed once per request's scorer: asked for every candidate). */
    private boolean calmCulture(String workCulture) {
        return !Collections.disjoint(terms.apply(workCulture), calmWords != null ? calmWords : terms.apply(CALM));
    }

    /** The best carving for the pair, scored and explained; empty when no valid match exists. */
    Optional<Match> match(MatchContext context) {
        return scored(context, true).map(Scored::match);
    }

    /**
     * The best carving for the pair, scored; its match explained only when {@code explained} (a
     * pool is ranked unexplained and only the matches served are explained, by {@link #explained}).
     */
    Optional<Scored> scored(MatchContext context, boolean explained) {
        return MatchRules.permitted(context.need(), context.workplace(), context.citizen())
                .flatMap(permitted -> carved(context, fit(context), permitted, explained));
    }

    /**
     * The pair of a bound carved and scored, as {@link #scored(MatchContext, boolean)} scores it.
     * Unexplained, the parts the bound already holds are kept and only the carving's two are added
     * (the same helpers compute each part on both ways: {@code ServedExplanationsTest}).
     */
    Optional<Scored> scored(Bound bound, boolean explained) {
        if (explained) {
            return carved(bound.context(), bound.fit(), bound.permitted(), true);
        }
        return MatchRules.carve(bound.permitted(), carvingValue(bound.fit())).map(carving -> {
            Map<ScorePart, Double> parts = new EnumMap<>(ScorePart.class);
            parts.putAll(bound.optimistic().parts().values());
            carvingParts(carving, bound.fit(), bound.possibleHours(), parts);
            PartScores scores = new PartScores(parts);
            Match optimistic = bound.optimistic();
            return new Scored(new Match(optimistic.need(), optimistic.employer(), optimistic.citizen(), carving,
                    scores.score(weights), scores, optimistic.fit(), List.of()), bound.fit(), false);
        });
    }

    private Optional<Scored> carved(MatchContext context, CompetenceFit fit, MatchRules.Permitted permitted,
                                    boolean explained) {
        return MatchRules.carve(permitted, carvingValue(fit))
                .map(carving -> new Scored(score(context, carving, fit, explained ? Reasons.written() : Reasons.SKIPPED),
                        fit, explained));
    }

    /** The bundle parts of the score, up to their common denominator: the carving maximises them. */
    private ToDoubleFunction<Task> carvingValue(CompetenceFit fit) {
        return task -> task.hoursPerWeek() * (weights.hours() + weights.taskFit() * fit.of(task));
    }

    /** The carving's two parts: hours weighted by the fit of their tasks, and hours, of those possible. */
    private static void carvingParts(Carving carving, CompetenceFit fit, double possible, Map<ScorePart, Double> parts) {
        parts.put(ScorePart.TASK_FIT, fittingHours(carving, fit) / possible);
        parts.put(ScorePart.HOURS, carving.hoursPerWeek() / possible);
    }

    private static double fittingHours(Carving carving, CompetenceFit fit) {
        return carving.tasks().stream().mapToDouble(t -> t.hoursPerWeek() * fit.of(t)).sum();
    }

    /**
     * The most a pair can score, known before its bundle is carved: every part of {@link #score}
     * but the carving's two (the tasks' fit and the hours), which are taken at their most; the fit
     * tier exact. Its {@code optimistic} match ranks at or above the carved one in any of the
     * service's orders, so a pool ranked by bounds can stop carving once the next bound ranks below
     * the list it has ({@link MatchService#top}). Empty when no valid match can exist.
     */
    Optional<Bound> bound(MatchContext context) {
        return MatchRules.permitted(context.need(), context.workplace(), context.citizen())
                .filter(permitted -> !permitted.tasks().isEmpty())
                .map(permitted -> bound(context, fit(context), permitted));
    }

    private Bound bound(MatchContext context, CompetenceFit fit, MatchRules.Permitted permitted) {
        Need need = context.need();
        Map<ScorePart, Double> parts = new EnumMap<>(ScorePart.class);
        CompetenceFit.Coverage coverage = fit.coverage(need, permitted.tasks());
        parts.put(ScorePart.COMPETENCE, coverage.share());
        Optional<GoalFit.Goal> goal = fit.bestGoal(need, permitted.tasks());
        parts.put(ScorePart.JOB_GOAL, goal.map(GoalFit.Goal::value).orElse(0.0));
        // A bundle's hours are some of the permitted tasks', inside the window (the carver rounds each
        // task to the half hour, so past it by at most a quarter hour a task), and a task's fit is at
        // most 1: both parts are at most these hours over the possible ones. The margin covers
        // rounding in the sums, which add the same hours in another order.
        double hours = permitted.tasks().stream().mapToDouble(Task::hoursPerWeek).sum();
        double possible = possibleHours(need, permitted.window());
        double most = Math.min(hours, permitted.window().max() + 0.25 * permitted.tasks().size()) * (1 + 1e-9)
                / possible;
        parts.put(ScorePart.TASK_FIT, most);
        parts.put(ScorePart.HOURS, most);
        text(need, fit, parts, Reasons.SKIPPED);
        PracticalParts.distance(context, parts, Reasons.SKIPPED);
        PracticalParts.flexibilities(need, context.citizen(), parts, Reasons.SKIPPED);
        PracticalParts.company(context, this::calmCulture, parts, Reasons.SKIPPED);
        PartScores scores = new PartScores(parts);
        Match optimistic = new Match(need, context.employer(), context.citizen(), new Carving(permitted.tasks(), hours),
                scores.score(weights), scores, tier(coverage, goal), List.of());
        return new Bound(fit, permitted, optimistic);
    }

    /**
     * A pair before carving: what its carving needs, and the match it can at best become (whose
     * parts are the pair's own but for the carving's two).
     */
    record Bound(CompetenceFit fit, MatchRules.Permitted permitted, Match optimistic) {

        MatchContext context() {
            return new MatchContext(optimistic.need(), optimistic.employer(), optimistic.citizen());
        }

        double possibleHours() {
            return MatchScorer.possibleHours(optimistic.need(), permitted.window());
        }

        Bound withInProcess(boolean value) {
            return new Bound(fit, permitted, optimistic.withInProcess(value));
        }
    }

    /**
     * The match of a scored pair with its explanation: the pair scored again with the same carving
     * and competence fit, so score, parts and fit tier are those it was ranked by (and by this
     * request's scorer, so the vocabulary is the same too).
     */
    Match explained(Scored scored) {
        if (scored.explained()) {
            return scored.match();
        }
        Match match = scored.match();
        return score(new MatchContext(match.need(), match.employer(), match.citizen()), match.carving(),
                scored.competences(), Reasons.written()).withInProcess(match.inProcess());
    }

    /**
     * A carved and scored pair, as a pool is ranked: its match has the explanation only when
     * {@code explained}; {@code competences} is the fit it was scored with, to explain it later.
     */
    record Scored(Match match, CompetenceFit competences, boolean explained) {

        Scored withInProcess(boolean value) {
            return new Scored(match.withInProcess(value), competences, explained);
        }
    }

    /** The pair scored with a given bundle (the tests check no valid bundle beats the carved one). */
    Match score(MatchContext context, Carving carving) {
        return score(context, carving, fit(context), Reasons.written());
    }

    private CompetenceFit fit(MatchContext context) {
        Citizen citizen = context.citizen();
        CompetenceFit.Profile profile = profile(citizen);
        return new CompetenceFit(citizen, profile, phrases,
                phraseCredit != null ? phraseCredit : new PhraseCredit(credit()), needTerms.apply(context.need()).trades());
    }

    private Match score(MatchContext context, Carving carving, CompetenceFit fit, Reasons why) {
        Need need = context.need();
        Citizen citizen = context.citizen();
        Map<ScorePart, Double> parts = new EnumMap<>(ScorePart.class);
        List<Task> allowed = MatchRules.allowedTasks(need, citizen);

        CompetenceFit.Coverage coverage = fit.coverage(need, allowed);
        parts.put(ScorePart.COMPETENCE, coverage.share());
        why.add(Explanation.Kind.COMPETENCE, () -> coverage.covered().isEmpty()
                ? "Ingen af de " + coverage.wanted().size() + " ønskede kompetencer"
                : "Har " + coverage.covered().size() + " af " + coverage.wanted().size() + " ønskede kompetencer: "
                        + String.join(", ", coverage.covered()));
        if (why.wanted()) {
            for (Task task : carving.tasks()) {
                List<String> matching = fit.matchingCompetences(task);
                if (!matching.isEmpty()) {
                    why.add(Explanation.Kind.COMPETENCE, () -> String.join(", ", matching) + " matcher opgaven "
                            + task.title());
                }
            }
        }

        Optional<GoalFit.Goal> goal = fit.bestGoal(need, allowed);
        parts.put(ScorePart.JOB_GOAL, goal.map(GoalFit.Goal::value).orElse(0.0));
        goal.ifPresent(g -> why.add(Explanation.Kind.JOB_GOAL, () -> goalText(g, fit::label)));

        double possible = possibleHours(need, MatchRules.window(need, citizen).orElseThrow());
        double fittingHours = fittingHours(carving, fit);
        carvingParts(carving, fit, possible, parts);
        why.add(Explanation.Kind.TASKS, () -> carving.tasks().size() + " af " + need.tasks().size()
                + " opgaver foreslås: " + carving.tasks().stream().map(Task::title).collect(Collectors.joining(", ")));
        why.add(Explanation.Kind.TASKS, () -> "Kompetencerne dækker opgaver svarende til "
                + hoursText(fittingHours) + " af " + hoursText(possible) + " mulige timer om ugen");

        why.add(Explanation.Kind.HOURS, () -> hoursText(carving.hoursPerWeek()) + " af "
                + hoursText(possible) + " mulige timer om ugen (borgerens " + range(citizen.hoursPerWeek())
                + " timer, virksomhedens " + range(need.hoursPerWeek()) + " timer)");

        text(need, fit, parts, why);
        PracticalParts.distance(context, parts, why);
        PracticalParts.qualifications(need, why);
        PracticalParts.accommodations(need, citizen, carving, why);
        PracticalParts.flexibilities(need, citizen, parts, why);
        PracticalParts.company(context, this::calmCulture, parts, why);

        PartScores scores = new PartScores(parts);
        return new Match(need, context.employer(), citizen, carving, scores.score(weights), scores,
                tier(coverage, goal), why.list());
    }

    /** The most hours the pair could have: what both sides accept, and no more than the need's tasks. */
    private static double possibleHours(Need need, HourRange window) {
        return Math.min(window.max(), need.totalTaskHours());
    }

    private static MatchFit tier(CompetenceFit.Coverage coverage, Optional<GoalFit.Goal> goal) {
        return MatchFit.of(coverage, goal.map(GoalFit.Goal::fully).orElse(false), goal.isPresent());
    }

    private void text(Need need, CompetenceFit fit, Map<ScorePart, Double> parts, Reasons why) {
        ConceptCredit credit = credit();
        TextFit.Text text = TextFit.of(needTerms.apply(need).terms(), fit.profile(), credit);
        parts.put(ScorePart.TEXT, text.share());
        if (!text.shared().isEmpty()) {
            why.add(Explanation.Kind.TASKS, () -> "Beskrivelsen af arbejdet og profilen nævner begge: "
                    + String.join(", ", text.shared()));
        }
    }

    /**
     * "Passer til jobmål A (drømmejob): Lagerarbejder", or partly: naming the two related concepts, or,
     * for a word shared with other work ({@link PhraseCredit#FALSE_FRIEND}), saying so.
     */
    static String goalText(GoalFit.Goal goal, Function<String, String> label) {
        JobGoal.Priority priority = goal.goal().priority();
        String which = "jobmål " + priority + " (" + goalLabel(priority) + "): " + goal.goal().title();
        PhraseCredit.Credit credit = goal.credit();
        if (credit.share() == 1) {
            return "Passer til " + which;
        }
        if (credit.ownConcept() == null || credit.wantedConcept() == null) {
            return "Passer delvist til " + which + " (et ord til fælles, men andet arbejde)";
        }
        return "Passer delvist til " + which + " (" + label.apply(credit.ownConcept()) + " ~ "
                + label.apply(credit.wantedConcept()) + ")";
    }

    private static String goalLabel(JobGoal.Priority priority) {
        return switch (priority) {
            case A -> "drømmejob";
            case B -> "realistisk mål";
            case C -> "reserve";
        };
    }

    /** Hours to one decimal: fitting hours are hours weighted by a share of a task's competences. */
    private static String hoursText(double hours) {
        return Danish.number(Math.round(hours * 10) / 10.0);
    }

    private static String range(HourRange range) {
        return Danish.number(range.min()) + "-" + Danish.number(range.max());
    }
}
