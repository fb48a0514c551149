package dk.jobmatch.evaluation;

import dk.jobmatch.match.MatchWeights;
import dk.jobmatch.match.ScorePart;

import java.util.Locale;

/** An {@link Evaluation} as Markdown for people, and a suggestion as properties for the nDCG comparison. */
final class WeightReport {

    /** The prefix of the weights in application.yml. */
    static final String PREFIX = "jobmatch.match.weights.";

    private WeightReport() {
    }

    /** A part's name as in application.yml: "job-goal". */
    static String key(ScorePart part) {
        return part.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String markdown(Evaluation e) {
        StringBuilder md = new StringBuilder();
        md.append("## Match weights against outcomes (as of ").append(e.asOf()).append(")\n\n");
        int placements = e.outcomes().values().stream().mapToInt(Integer::intValue).sum();
        md.append(String.format(Locale.ROOT, "Placements: %d. Good: %d ended HIRED, %d ORDINARY_HOURS, %d otherwise"
                        + " with every judged clause met. Bad: %d stopped TASKS_UNSUITABLE, %d WORKPLACE_CULTURE."
                        + " Left out: %d still running, %d other endings.%n", placements, count(e, Outcome.HIRED),
                count(e, Outcome.ORDINARY_HOURS), count(e, Outcome.CLAUSES_MET), count(e, Outcome.TASKS_UNSUITABLE),
                count(e, Outcome.WORKPLACE_CULTURE), count(e, Outcome.RUNNING), count(e, Outcome.OTHER_ENDING)));
        md.append(String.format(Locale.ROOT, "Of the labelled, not replayed: %d citizens gone, %d needs gone, %d no"
                + " longer scorable (erased citizens' placements are deleted with them, so they are not counted"
                + " here). Replayed: %d good, %d bad.%n%n", e.citizenGone(), e.needGone(), e.notScorable(),
                e.score().good(), e.score().bad()));
        md.append("| measure | weight now | good | bad | AUC | 95 % interval |\n|---|---|---|---|---|---|\n");
        md.append(row(e.score(), "1.00"));
        for (int i = 0; i < e.parts().size(); i++) {
            md.append(row(e.parts().get(i), weight(e.current().of(ScorePart.values()[i]))));
        }
        md.append("\nAUC: the chance that a good placement scored above a bad one (ties count one half); 0.5 is"
                + " chance, below 0.5 the part pointed the wrong way. A part counts only where it applies. Interval:"
                + " percentile bootstrap, ").append(WeightEvaluation.BOOTSTRAP_ROUNDS)
                .append(" resamples of each class, seed ").append(WeightEvaluation.BOOTSTRAP_SEED).append(".\n\n");
        if (e.suggestion() == null) {
            return md.append("No weights suggested. ").append(e.refusal()).append('\n').toString();
        }
        Evaluation.Suggestion s = e.suggestion();
        md.append("### Suggested weights\n\n| part | now | suggested |\n|---|---|---|\n");
        for (ScorePart part : ScorePart.values()) {
            md.append("| ").append(key(part)).append(" | ").append(weight(e.current().of(part))).append(" | ")
                    .append(weight(s.weights().of(part))).append(" |\n");
        }
        md.append(String.format(Locale.ROOT, "%nAUC of the score on the replayed placements: %.3f now, %.3f with the"
                + " suggested weights (found on these same placements, so optimistic). Shrinkage toward the current"
                + " weights: lambda %.3f per unit of weight moved. Nothing was changed: the service keeps its"
                + " weights until someone sets jobmatch.match.weights in its configuration.%n", e.score().auc(),
                s.auc(), s.lambda()));
        return md.toString();
    }

    /** The weights as application properties, one line a part. */
    static String properties(MatchWeights weights) {
        StringBuilder lines = new StringBuilder();
        for (ScorePart part : ScorePart.values()) {
            lines.append(PREFIX).append(key(part)).append('=').append(weight(weights.of(part))).append('\n');
        }
        return lines.toString();
    }

    private static int count(Evaluation e, Outcome outcome) {
        return e.outcomes().getOrDefault(outcome, 0);
    }

    private static String row(Evaluation.Measure m, String weight) {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %s |%n", m.name(), weight, m.good(), m.bad(),
                number(m.auc()), Double.isNaN(m.low()) ? "-" : number(m.low()) + "-" + number(m.high()));
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }

    private static String weight(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
