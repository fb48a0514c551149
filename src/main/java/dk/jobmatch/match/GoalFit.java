package dk.jobmatch.match;

import dk.jobmatch.citizen.JobGoal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which of a citizen's job goals a need speaks to, and how far: through its title and description
 * and the titles and descriptions of the tasks the citizen may do, compared as competences are
 * ({@link PhraseCredit}). A goal the text names (a shared word or concept) counts fully; a goal
 * whose concept is only related to one the text names counts with that concept's credit, so a
 * goal "pædagogmedhjælper" partly fits a need of a kindergarten's tasks ("leg med børn"). The part
 * is the goal's priority times its credit, the best over the goals; only a goal the need fully
 * speaks to makes a match STRONG ({@link MatchFit}: a related concept alone measured worse there).
 */
final class GoalFit {

    private GoalFit() {
    }

    /**
     * The goal worth most to the pair and what it earned; {@code fully} whether any goal is one
     * the need speaks to fully (the STRONG tier's condition).
     */
    record Goal(JobGoal goal, PhraseCredit.Credit credit, boolean fully) {

        double value() {
            return score(goal.priority()) * credit.share();
        }
    }

    static Optional<Goal> best(List<JobGoal> goals, List<String> needText, Function<String, PhraseCredit.Phrase> phrase,
                               PhraseCredit credit) {
        return best(goals, needText, phrase, credit, Set.of(), List::of);
    }

    /**
     * As above, for a need whose own work (title, tasks' titles and competences) names
     * {@code needTrades} ({@link TradeContext#of}): a goal whose concepts all belong to other trades
     * earns at most {@value #ELSEWHERE} from the need's text, since the need names its trade only
     * in passing (its customers, "for hoteller"; a word of a free description, "bilerne"): such a
     * goal is no longer a job goal the need speaks to fully (the STRONG tier's condition). Not when
     * one of its concepts is related to a concept of the need's own work, {@code needConcepts}
     * (asked only then; a relation the vocabulary states across trades: a shop's returns within
     * returns handling), nor when either side names no trade or the goal a general competence.
     * A property of the pair (docs/matching-quality.md, "Scoring by trade").
     */
    static Optional<Goal> best(List<JobGoal> goals, List<String> needText, Function<String, PhraseCredit.Phrase> phrase,
                               PhraseCredit credit, Set<String> needTrades, Supplier<List<String>> needConcepts) {
        List<PhraseCredit.Phrase> pieces = needText.stream().map(phrase).toList();
        JobGoal bestGoal = null;
        PhraseCredit.Credit bestCredit = PhraseCredit.Credit.NONE;
        boolean fully = false;
        for (JobGoal goal : goals) {
            PhraseCredit.Phrase own = phrase.apply(goal.title());
            PhraseCredit.Credit got = PhraseCredit.Credit.NONE;
            for (PhraseCredit.Phrase piece : pieces) {
                PhraseCredit.Credit one = credit.of(piece, own);
                if (one.share() > got.share()) {
                    got = one;
                }
            }
            got = elsewhere(got, own, needTrades, needConcepts, credit);
            fully |= got.share() == 1;
            double value = score(goal.priority()) * got.share();
            double best = bestGoal == null ? 0 : score(bestGoal.priority()) * bestCredit.share();
            if (value > best || (value == best && value > 0 && goal.priority().compareTo(bestGoal.priority()) < 0)) {
                bestGoal = goal;
                bestCredit = got;
            }
        }
        return bestGoal == null ? Optional.empty() : Optional.of(new Goal(bestGoal, bestCredit, fully));
    }

    /** What a goal of other trades than the need's own work earns at most. */
    static final double ELSEWHERE = PhraseCredit.FALSE_FRIEND;

    private static PhraseCredit.Credit elsewhere(PhraseCredit.Credit got, PhraseCredit.Phrase goal, Set<String> needTrades,
                                                 Supplier<List<String>> needConcepts, PhraseCredit credit) {
        if (got.share() <= ELSEWHERE || needTrades.isEmpty() || (got.byConcept() && got.share() < 1)) {
            return got;
        }
        if (!TradeContext.ofOtherTrades(goal, needTrades) || credit.related(goal.concepts(), needConcepts.get())) {
            return got;
        }
        return new PhraseCredit.Credit(ELSEWHERE, null, null, null);
    }

    /** A goal's worth by its priority: the dream job counts fully, a fallback a third. */
    static double score(JobGoal.Priority priority) {
        return switch (priority) {
            case A -> 1.0;
            case B -> 0.67;
            case C -> 0.33;
        };
    }
}
