package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.ConceptTerms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How well a citizen's competences and job goals fit a need's tasks, compared the way the index
 * compares text: two phrases fit when they share an indexed term (stem, compound part, synonym,
 * or the concept of the vocabulary they name). A phrase whose concept is only related to one the
 * profile names earns part of a competence ({@link ConceptCredit}: one within the other, the same
 * DISCO-08 unit group), so a need's "leg med børn" is partly covered by a "pædagogmedhjælper".
 * Each phrase earns the best credit any profile phrase gives it, so more profile can only add. A
 * job goal speaks to a need when they share a term, a concept included (not a related concept:
 * that measured worse, docs/matching-quality.md).
 */
final class CompetenceFit {

    private final Citizen citizen;
    private final Function<String, Set<String>> terms;
    private final ConceptCredit credit;
    private final Set<String> profileTerms;
    /** The concepts the profile's competences and job goals name, each with the first phrase that names it. */
    private final Map<String, String> profileConcepts = new LinkedHashMap<>();

    CompetenceFit(Citizen citizen, Function<String, Set<String>> terms, ConceptCredit credit) {
        this.citizen = citizen;
        this.terms = terms;
        this.credit = credit;
        // Phrase by phrase, not the profile as one text: the same phrases are looked up again
        // below, and short ones recur across profiles, so their terms are usually known already.
        Set<String> profile = new HashSet<>();
        if (citizen.experience() != null) {
            profile.addAll(termsOf(citizen.experience()));
        }
        citizen.competences().forEach(c -> profile.addAll(termsOf(c)));
        citizen.jobGoals().forEach(g -> profile.addAll(termsOf(g.title())));
        this.profileTerms = profile;
        citizen.competences().forEach(this::addConcepts);
        citizen.jobGoals().forEach(g -> addConcepts(g.title()));
        // Not the experience: a story names concepts in passing ("hjulpet en mekaniker"), which
        // as partial credit measured worse on both sets; its words still count as before.
    }

    private void addConcepts(String phrase) {
        concepts(termsOf(phrase)).forEach(id -> profileConcepts.putIfAbsent(id, phrase));
    }

    /** Share of the task's competences (or, without any, its title) the citizen's profile covers. */
    double of(Task task) {
        List<String> wanted = wanted(task);
        return wanted.stream().mapToDouble(phrase -> credit(phrase).share()).sum() / wanted.size();
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
        List<String> wanted = wanted(need);
        List<String> covered = new ArrayList<>();
        double earned = 0;
        for (String phrase : wanted) {
            if (!doable.contains(key(phrase))) {
                continue;
            }
            Credit got = credit(phrase);
            if (got.share() > 0) {
                covered.add(got.via() == null ? phrase : phrase + " ~ " + got.via());
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

    /** What a phrase earns, and the profile phrase naming the related concept when it is only that. */
    private record Credit(double share, String via) {
        static final Credit NONE = new Credit(0, null);
        static final Credit FULL = new Credit(1, null);
    }

    /** The citizen's own competence phrases that fit the task, for the explanation. */
    List<String> matchingCompetences(Task task) {
        Set<String> taskTerms = termsOf(task.title() + "\n" + String.join("\n", task.competences()));
        return citizen.competences().stream()
                .filter(c -> !Collections.disjoint(termsOf(c), taskTerms))
                .toList();
    }

    /**
     * The highest-priority job goal the need speaks to: its title and description, and the titles
     * and descriptions of these tasks (the tasks the citizen may do, so a flexibility that allows
     * one more can only find more). A description often names the trade the title abbreviates
     * ("Aflastning af viceværterne" for a caretaker's helper).
     */
    Optional<JobGoal> bestGoal(Need need, Collection<Task> tasks) {
        // Piece by piece, so each is analysed once per request whichever tasks a citizen may do.
        Set<String> needTerms = new HashSet<>();
        goalText(need, tasks).forEach(piece -> needTerms.addAll(termsOf(piece)));
        return citizen.jobGoals().stream()
                .filter(g -> !Collections.disjoint(termsOf(g.title()), needTerms))
                .min((a, b) -> a.priority().compareTo(b.priority()));
    }

    private Credit credit(String phrase) {
        Set<String> wanted = termsOf(phrase);
        if (wanted.stream().anyMatch(term -> ConceptTerms.idOf(term) == null && profileTerms.contains(term))) {
            return Credit.FULL; // a shared word: no concept to name
        }
        Credit best = Credit.NONE;
        for (String concept : concepts(wanted)) {
            for (Map.Entry<String, String> own : profileConcepts.entrySet()) {
                double share = credit.of(concept, own.getKey());
                if (share > best.share()) {
                    best = new Credit(share, own.getValue());
                }
            }
        }
        return best;
    }

    private static List<String> concepts(Set<String> terms) {
        List<String> ids = new ArrayList<>();
        for (String term : terms) {
            String id = ConceptTerms.idOf(term);
            if (id != null) {
                ids.add(id);
            }
        }
        ids.sort(null); // a fixed order, so the phrase an explanation names does not vary
        return ids;
    }

    private static List<String> wanted(Task task) {
        return task.competences().isEmpty() ? List.of(task.title()) : task.competences();
    }

    private static String key(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT);
    }

    private Set<String> termsOf(String text) {
        return text == null ? Set.of() : terms.apply(text);
    }
}
