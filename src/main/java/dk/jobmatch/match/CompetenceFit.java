package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * How well a citizen's competences and job goals fit a need's tasks, compared the way the index
 * compares text ({@link PhraseCredit}): two phrases fit when they share an indexed term (stem,
 * compound part, synonym, or the concept of the vocabulary they name), unless both name concepts
 * that are unrelated work. A phrase whose concept is only related to one the profile names earns
 * part of a competence ({@link ConceptCredit}: one within the other, an occupation and its
 * essential competences, the same DISCO-08 unit group), so a need's "leg med børn" is partly
 * covered by a "pædagogmedhjælper". Each phrase earns the best credit any profile phrase gives it,
 * so more profile can only add. A task's competence phrases also earn half of what its title earns
 * from the citizen's competences ({@link #titleCredit}). Job goals likewise ({@link GoalFit}). A
 * general competence joined by a word alone to a phrase of a trade the other side does not work in
 * earns half ({@link TradeContext}). The experience's free text counts by its words, and its
 * concepts earn a phrase {@value #STORY} of their credit at most ({@link #credit(String)}).
 */
final class CompetenceFit {

    /** The share of a task's title credit its competence phrases earn ({@link #titleCredit}). */
    static final double BY_TITLE = 0.5;
    /**
     * The share of a concept's credit a wanted phrase earns when only the experience's free text
     * names it ({@link #credit(String)}): a story names work in passing, so less than a related
     * concept of a competence earns (0.5 measured worse on the tuned sets, docs/matching-quality.md,
     * "Scoring by trade").
     */
    static final double STORY = 0.25;
    /** How an explanation names the experience: "desinficering ~ erfaringen". */
    static final String STORY_NAME = "erfaringen";

    private final Citizen citizen;
    private final Function<String, PhraseCredit.Phrase> phrases;
    private final PhraseCredit credit;
    private final Profile profile;
    /** The trades of the need and of the profile, which weigh a general competence's shared word. */
    private final TradeContext context;
    /** What each wanted phrase earns: carving, coverage and task fit ask for the same phrases again. */
    private final Map<String, PhraseCredit.Credit> earned = new HashMap<>();
    /**
     * Each task's fit and title credit, by identity: the carving weighs every allowed task, and task
     * fit and coverage ask for the same tasks again (docs/performance.md, issue 23).
     */
    private final Map<Task, Double> fitByTask = new IdentityHashMap<>();
    private final Map<Task, PhraseCredit.Credit> titleByTask = new IdentityHashMap<>();

    /**
     * {@code phrases} analyses a phrase (a request's scorer gives each phrase once for all its
     * candidates); {@code profile} is the citizen's own phrases, as {@link Profile#of} makes them;
     * {@code credit} compares phrases (a request's scorer gives one that remembers comparisons).
     */
    CompetenceFit(Citizen citizen, Profile profile, Function<String, PhraseCredit.Phrase> phrases,
                  PhraseCredit credit) {
        this(citizen, profile, phrases, credit, Set.of());
    }

    /** As above, for a need whose phrases name {@code needTrades} ({@link TradeContext#of}). */
    CompetenceFit(Citizen citizen, Profile profile, Function<String, PhraseCredit.Phrase> phrases,
                  PhraseCredit credit, Set<String> needTrades) {
        this.citizen = citizen;
        this.profile = profile;
        this.phrases = phrases;
        this.credit = credit;
        this.context = new TradeContext(needTrades, profile.trades());
    }

    /** The fit of a profile analysed afresh with {@code terms} (tests; the scorer keeps profiles). */
    static CompetenceFit of(Citizen citizen, Function<String, Set<String>> terms, ConceptCredit credit) {
        Function<String, PhraseCredit.Phrase> phrases = text -> PhraseCredit.Phrase.of(text, text == null ? Set.of()
                : Thesaurus.UNKNOWN ? Thesaurus.withSynonymConcepts(terms.apply(text), credit.thesaurus(terms))
                : terms.apply(text));
        return new CompetenceFit(citizen, Profile.of(citizen, phrases), phrases, new PhraseCredit(credit));
    }

    /**
     * The profile phrase by phrase: competences and job goals with their concepts, the experience by
     * its words, and the experience's concepts alone as {@code story} (null without an experience),
     * which earns a wanted phrase {@value CompetenceFit#STORY} of its concept credit; for the text
     * part, the words and concepts of what the citizen has shown ({@code words}, {@code concepts}:
     * competences and experience) and of the job goals apart ({@code goalWords}, {@code goalConcepts}).
     * It depends on those texts and the analysis alone, so it can be kept between requests
     * ({@link ProfilePhrases}).
     */
    record Profile(List<PhraseCredit.Phrase> competences, List<PhraseCredit.Phrase> all, Set<String> words,
                   ConceptIds concepts, Set<String> goalWords, ConceptIds goalConcepts, Set<String> trades,
                   PhraseCredit.Phrase story) {

        static Profile of(Citizen citizen, Function<String, PhraseCredit.Phrase> phrases) {
            // Phrase by phrase, not the profile as one text: short ones recur across profiles, so
            // their terms are usually known already.
            List<PhraseCredit.Phrase> competences = citizen.competences().stream().map(phrases).toList();
            List<PhraseCredit.Phrase> all = new ArrayList<>(competences);
            List<PhraseCredit.Phrase> goals = citizen.jobGoals().stream().map(g -> phrases.apply(g.title())).toList();
            all.addAll(goals);
            List<PhraseCredit.Phrase> shown = new ArrayList<>(competences);
            PhraseCredit.Phrase story = null;
            if (citizen.experience() != null) {
                PhraseCredit.Phrase experience = phrases.apply(citizen.experience());
                shown.add(experience);
                // Its words count as a competence's; its concepts only as the story (STORY): a
                // story names concepts in passing ("hjulpet en mekaniker"), which as a competence's
                // partial credit measured worse on both sets.
                all.add(experience.wordsOnly());
                story = new PhraseCredit.Phrase(experience.text(), Set.of(), experience.concepts());
            }
            // The words and concepts of what the citizen has shown (competences, the experience with
            // its concepts) and, apart, of the job goals ({@link TextFit}).
            Set<String> words = new HashSet<>();
            Set<String> concepts = new TreeSet<>();
            addTerms(shown, words, concepts);
            Set<String> goalWords = new HashSet<>();
            Set<String> goalConcepts = new TreeSet<>();
            addTerms(goals, goalWords, goalConcepts);
            // The trades once per profile ({@link TradeContext}), not once per request and candidate:
            // as all the profile's concepts give them.
            Set<String> every = new TreeSet<>(concepts);
            every.addAll(goalConcepts);
            Set<String> trades = Set.copyOf(new ConceptIds(List.copyOf(every)).trades());
            return new Profile(competences, List.copyOf(all), Set.copyOf(words), new ConceptIds(List.copyOf(concepts)),
                    Set.copyOf(goalWords), new ConceptIds(List.copyOf(goalConcepts)), trades, story);
        }

        private static void addTerms(List<PhraseCredit.Phrase> phrases, Set<String> words, Set<String> concepts) {
            phrases.forEach(phrase -> {
                words.addAll(phrase.words());
                concepts.addAll(phrase.concepts().ids());
            });
        }
    }

    /** The citizen's own phrases, words and concepts. */
    Profile profile() {
        return profile;
    }

    private PhraseCredit.Phrase phrase(String text) {
        return phrases.apply(text);
    }

    /** Share of the task's competences (or, without any, its title) the citizen's profile covers. */
    double of(Task task) {
        Double known = fitByTask.get(task);
        if (known == null) {
            known = fitOf(task);
            fitByTask.put(task, known);
        }
        return known;
    }

    private double fitOf(Task task) {
        List<String> wanted = wanted(task);
        PhraseCredit.Credit title = titleCredit(task);
        return wanted.stream().mapToDouble(phrase -> Math.max(credit(phrase).share(), title.share())).sum() / wanted.size();
    }

    /**
     * The competences the need asks for (each phrase once, over all its tasks; a task without any
     * counts its title) and those of them the profile covers in tasks the citizen may do. The
     * whole need is the denominator, so a flexibility that lets the citizen do one more task can
     * only add to what is covered, and a competence only needed for a ruled-out task never counts.
     */
    Coverage coverage(Need need, Collection<Task> allowed) {
        Set<String> doable = new HashSet<>();
        allowed.forEach(task -> wanted(task).forEach(phrase -> doable.add(key(phrase))));
        Map<String, PhraseCredit.Credit> byTitle = new HashMap<>();
        for (Task task : allowed) {
            PhraseCredit.Credit title = titleCredit(task);
            wanted(task).forEach(phrase -> byTitle.merge(key(phrase), title, (a, b) -> b.share() > a.share() ? b : a));
        }
        List<String> wanted = wanted(need);
        List<String> covered = new ArrayList<>();
        double earned = 0;
        for (String phrase : wanted) {
            if (!doable.contains(key(phrase))) {
                continue;
            }
            PhraseCredit.Credit got = credit(phrase);
            PhraseCredit.Credit title = byTitle.getOrDefault(key(phrase), PhraseCredit.Credit.NONE);
            if (title.share() > got.share()) {
                got = title;
            }
            if (got.share() > 0) {
                covered.add(got.byConcept() ? phrase + " ~ " + got.own() : phrase);
                earned += got.share();
            }
        }
        return new Coverage(covered, wanted, earned);
    }

    /** The competences a need asks for: each phrase once, over all its tasks (a task without any: its title). */
    static List<String> wanted(Need need) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (Task task : need.tasks()) {
            wanted(task).forEach(phrase -> wanted.putIfAbsent(key(phrase), phrase));
        }
        return List.copyOf(wanted.values());
    }

    /**
     * The need's competence phrases weighted for retrieval: 1 each, as the competence part counts
     * them, plus up to 0.5 in all for the share of the task hours that ask for each (as task fit
     * weighs them). The extra is below 1 in all, so a profile with more of the phrases always ranks
     * higher (see {@code CitizenCandidates.findByFit} for the job goal's weight).
     */
    static Map<String, Float> retrievalWeights(Need need) {
        Map<String, Float> weights = new LinkedHashMap<>();
        wanted(need).forEach(phrase -> weights.put(key(phrase), 1f));
        double total = need.totalTaskHours();
        Map<String, String> byKey = new LinkedHashMap<>();
        wanted(need).forEach(phrase -> byKey.put(key(phrase), phrase));
        for (Task task : need.tasks()) {
            List<String> phrases = wanted(task);
            for (String phrase : phrases) {
                double share = total == 0 ? 0 : task.hoursPerWeek() / phrases.size() / total;
                weights.merge(key(phrase), (float) (0.5 * share), Float::sum);
            }
        }
        Map<String, Float> byPhrase = new LinkedHashMap<>();
        weights.forEach((key, weight) -> byPhrase.put(byKey.get(key), weight));
        return byPhrase;
    }

    /** What a job goal is compared with: the need's title and description, these tasks' titles and descriptions. */
    static List<String> goalText(Need need, Collection<Task> tasks) {
        List<String> pieces = new ArrayList<>();
        pieces.add(need.title());
        pieces.add(need.description());
        for (Task task : tasks) {
            pieces.add(task.title());
            pieces.add(task.description());
        }
        pieces.removeIf(Objects::isNull);
        return pieces;
    }

    /** Of the competences a need asks for, those a citizen has; see {@link #coverage}. */
    record Coverage(List<String> covered, List<String> wanted, double earned) {

        Coverage {
            covered = List.copyOf(covered);
            wanted = List.copyOf(wanted);
        }

        /** Each wanted phrase counts its credit: 1 for a shared term, less for a related concept. */
        double share() {
            return wanted.isEmpty() ? 0 : earned / wanted.size();
        }
    }

    /** The citizen's own competence phrases that fit the task (its title or a competence) fully, for the explanation. */
    List<String> matchingCompetences(Task task) {
        List<PhraseCredit.Phrase> asked = new ArrayList<>();
        asked.add(phrase(task.title()));
        task.competences().forEach(c -> asked.add(phrase(c)));
        return profile.competences().stream()
                .filter(own -> asked.stream().anyMatch(wanted -> creditOf(wanted, own).share() == 1))
                .map(PhraseCredit.Phrase::text)
                .toList();
    }

    /** The best job goal for the need, through the same comparison; see {@link GoalFit}. */
    Optional<GoalFit.Goal> bestGoal(Need need, Collection<Task> tasks) {
        return GoalFit.best(citizen.jobGoals(), goalText(need, tasks), this::phrase, credit, context.need(),
                () -> List.copyOf(TradeContext.workConcepts(need, phrases)));
    }

    /** A concept's preferred label, for explanations. */
    String label(String conceptId) {
        return credit.label(conceptId);
    }

    /** What {@code wanted} earns from the citizen's {@code own} in this pair ({@link TradeContext}). */
    private PhraseCredit.Credit creditOf(PhraseCredit.Phrase wanted, PhraseCredit.Phrase own) {
        return context.weigh(credit.of(wanted, own), wanted, own);
    }

    /**
     * What a wanted phrase earns from the profile: the best of its phrases in the pair's trade
     * context, or, when that is less, {@value #STORY} of what the experience's concepts earn it
     * (by concept alone: the experience's words already count among the phrases).
     */
    private PhraseCredit.Credit credit(String phrase) {
        PhraseCredit.Credit known = earned.get(phrase);
        if (known == null) {
            PhraseCredit.Phrase wanted = phrase(phrase);
            known = credit.best(wanted, profile.all(), context);
            if (profile.story() != null && known.share() < STORY) {
                PhraseCredit.Credit told = credit.of(wanted, profile.story());
                if (told.share() * STORY > known.share()) {
                    known = new PhraseCredit.Credit(told.share() * STORY, STORY_NAME, told.wantedConcept(), told.ownConcept());
                }
            }
            earned.put(phrase, known);
        }
        return known;
    }

    /**
     * What a task's title earns from the citizen's own competences, halved ({@value #BY_TITLE}): each
     * of the task's competence phrases earns at least that. The title says what the task is as much
     * as its competences do ("Rydde borde og dække op" against a citizen's "opdækning"), but it is
     * not the competence the need named, so it counts as a related concept does. Not from job goals:
     * the goal part already compares them with the tasks' titles. Nothing for a task without
     * competences, whose title is its one phrase already.
     */
    private PhraseCredit.Credit titleCredit(Task task) {
        PhraseCredit.Credit known = titleByTask.get(task);
        if (known == null) {
            known = titleCreditOf(task);
            titleByTask.put(task, known);
        }
        return known;
    }

    private PhraseCredit.Credit titleCreditOf(Task task) {
        if (task.competences().isEmpty() || task.title() == null) {
            return PhraseCredit.Credit.NONE;
        }
        PhraseCredit.Phrase title = phrase(task.title());
        PhraseCredit.Credit best = PhraseCredit.Credit.NONE;
        for (PhraseCredit.Phrase own : profile.competences()) {
            double share = creditOf(title, own).share() * BY_TITLE;
            if (share > best.share()) {
                best = new PhraseCredit.Credit(share, own.text(), null, null);
            }
        }
        return best;
    }

    private static List<String> wanted(Task task) {
        return task.competences().isEmpty() ? List.of(task.title()) : task.competences();
    }

    private static String key(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT);
    }
}
