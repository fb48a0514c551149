package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
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
        List<String> wanted = task.competences().isEmpty() ? List.of(task.title()) : task.competences();
        long covered = wanted.stream().filter(w -> !Collections.disjoint(termsOf(w), profileTerms)).count();
        return (double) covered / wanted.size();
    }

    /** The citizen's own competence phrases that fit the task, for the explanation. */
    List<String> matchingCompetences(Task task) {
        Set<String> taskTerms = termsOf(task.title() + "\n" + String.join("\n", task.competences()));
        return citizen.competences().stream()
                .filter(c -> !Collections.disjoint(termsOf(c), taskTerms))
                .toList();
    }

    /** The highest-priority job goal that the need's title or these tasks' titles speak to. */
    Optional<JobGoal> bestGoal(Need need, Collection<Task> tasks) {
        StringBuilder text = new StringBuilder(need.title());
        tasks.forEach(t -> text.append('\n').append(t.title()));
        Set<String> needTerms = termsOf(text.toString());
        return citizen.jobGoals().stream()
                .filter(g -> !Collections.disjoint(termsOf(g.title()), needTerms))
                .min((a, b) -> a.priority().compareTo(b.priority()));
    }

    private Set<String> termsOf(String text) {
        return terms.apply(text);
    }
}
