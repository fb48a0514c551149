package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;

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
 * compares text: two phrases fit when they share an indexed term (stem, compound part, synonym).
 */
final class CompetenceFit {

    private final Citizen citizen;
    private final Function<String, Set<String>> terms;
    private final Set<String> profileTerms;

    CompetenceFit(Citizen citizen, Function<String, Set<String>> terms) {
        this.citizen = citizen;
        this.terms = terms;
        // Phrase by phrase, not the profile as one text: the same phrases are looked up again
        // below, and short ones recur across profiles, so their terms are usually known already.
        Set<String> profile = new HashSet<>();
        if (citizen.experience() != null) {
            profile.addAll(termsOf(citizen.experience()));
        }
        citizen.competences().forEach(c -> profile.addAll(termsOf(c)));
        citizen.jobGoals().forEach(g -> profile.addAll(termsOf(g.title())));
        this.profileTerms = profile;
    }

    /** Share of the task's competences (or, without any, its title) the citizen's profile covers. */
    double of(Task task) {
        List<String> wanted = wanted(task);
        long covered = wanted.stream().filter(this::covers).count();
        return (double) covered / wanted.size();
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
        List<String> covered = wanted.stream()
                .filter(phrase -> doable.contains(key(phrase)) && covers(phrase))
                .toList();
        return new Coverage(covered, wanted);
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
    record Coverage(List<String> covered, List<String> wanted) {

        Coverage {
            covered = List.copyOf(covered);
            wanted = List.copyOf(wanted);
        }

        double share() {
            return wanted.isEmpty() ? 0 : (double) covered.size() / wanted.size();
        }
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

    private boolean covers(String phrase) {
        return !Collections.disjoint(termsOf(phrase), profileTerms);
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
