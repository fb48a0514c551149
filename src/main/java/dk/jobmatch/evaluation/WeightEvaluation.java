package dk.jobmatch.evaluation;

import dk.jobmatch.agreement.CourseRecords;
import dk.jobmatch.agreement.PlacedCourse;
import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.CitizenService;
import dk.jobmatch.common.Slices;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.EmployerService;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.NeedService;
import dk.jobmatch.match.MatchWeights;
import dk.jobmatch.match.PartScores;
import dk.jobmatch.match.PlacementScorer;
import dk.jobmatch.match.ScorePart;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Replays the placements with a clear outcome ({@link Outcome}) through the matcher's scorer and
 * measures how well the score and each part told good from bad. Reads only, through the services'
 * plain loads: the citizens' profiles are weighed, never shown, so, as for the outcome figures and
 * the matcher's candidates, no read is audited (an audit row would also be a write). The profile,
 * the need and the employer are as they are now, not as they were when the agreement was made;
 * the bundle and hours are the agreement's (docs/outcomes.md lists these approximations).
 */
@Singleton
public class WeightEvaluation {

    /** Fewer good or bad placements than this, and no weights are suggested. */
    public static final int MINIMUM_PER_CLASS = 20;
    static final int BOOTSTRAP_ROUNDS = 1000;
    static final long BOOTSTRAP_SEED = 20;
    /** Ids per query when loading profiles and needs (PostgreSQL takes at most 32 767 parameters). */
    private static final int CHUNK = 1000;

    private final CourseRecords courses;
    private final CitizenService citizens;
    private final NeedService needs;
    private final EmployerService employers;
    private final PlacementScorer scorer;
    private final Clock clock;

    WeightEvaluation(CourseRecords courses, CitizenService citizens, NeedService needs, EmployerService employers,
                     PlacementScorer scorer, Clock clock) {
        this.courses = courses;
        this.citizens = citizens;
        this.needs = needs;
        this.employers = employers;
        this.scorer = scorer;
        this.clock = clock;
    }

    /** Every ended placement replayed; weights suggested only with {@code minimumPerClass} of each label. */
    public Evaluation evaluate(int minimumPerClass) {
        List<PlacedCourse> placed = courses.placedCourses();
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        List<PlacedCourse> labelled = new ArrayList<>();
        for (PlacedCourse course : placed) {
            Outcome outcome = Outcome.of(course.course());
            outcomes.merge(outcome, 1, Integer::sum);
            if (outcome.labelled()) {
                labelled.add(course);
            }
        }
        Map<String, Citizen> profiles = load(labelled.stream().map(c -> c.course().citizenId()),
                citizens::loadForMatching, Citizen::id);
        Map<String, Need> needsById = load(labelled.stream().map(PlacedCourse::needId), needs::findAll, Need::id);
        Map<String, Employer> employersById = employers.findAll(needsById.values().stream().map(Need::employerId)
                .distinct().toList());
        List<PartScores> good = new ArrayList<>();
        List<PartScores> bad = new ArrayList<>();
        int citizenGone = 0;
        int needGone = 0;
        int notScorable = 0;
        for (PlacedCourse course : labelled) {
            Citizen citizen = profiles.get(course.course().citizenId());
            Need need = needsById.get(course.needId());
            if (citizen == null) {
                citizenGone++;
                continue;
            }
            if (need == null) {
                needGone++;
                continue;
            }
            Optional<PartScores> parts = scorer.parts(need, employersById.get(need.employerId()), citizen,
                    course.taskIds(), course.course().hoursAtStart());
            if (parts.isEmpty()) {
                notScorable++;
                continue;
            }
            (Outcome.of(course.course()).good() ? good : bad).add(parts.get());
        }
        return evaluation(outcomes, citizenGone, needGone, notScorable, good, bad, minimumPerClass);
    }

    private Evaluation evaluation(Map<Outcome, Integer> outcomes, int citizenGone, int needGone, int notScorable,
                                  List<PartScores> good, List<PartScores> bad, int minimumPerClass) {
        MatchWeights current = scorer.weights();
        Evaluation.Measure score = measure("score", p -> Optional.of(p.score(current)), good, bad);
        List<Evaluation.Measure> parts = new ArrayList<>();
        for (ScorePart part : ScorePart.values()) {
            parts.add(measure(WeightReport.key(part),
                    p -> Optional.ofNullable(p.values().get(part)), good, bad));
        }
        Evaluation.Suggestion suggestion = null;
        String refusal = null;
        if (good.size() < minimumPerClass || bad.size() < minimumPerClass) {
            refusal = String.format(Locale.ROOT, "Too few labelled placements to suggest weights: %d good and %d bad"
                    + " were replayed, and a suggestion needs at least %d of each.", good.size(), bad.size(),
                    minimumPerClass);
        } else {
            MatchWeights suggested = WeightSearch.suggest(good, bad, current);
            suggestion = new Evaluation.Suggestion(suggested, WeightSearch.auc(suggested, good, bad),
                    WeightSearch.SHRINKAGE / Math.sqrt(Math.min(good.size(), bad.size())));
        }
        return new Evaluation(LocalDate.now(clock), outcomes, citizenGone, needGone, notScorable, current, score, parts,
                minimumPerClass, suggestion, refusal);
    }

    /** The AUC of one value of the parts, over the placements where it applies. */
    private static Evaluation.Measure measure(String name, Function<PartScores, Optional<Double>> value,
                                              List<PartScores> good, List<PartScores> bad) {
        double[] g = good.stream().map(value).flatMap(Optional::stream).mapToDouble(Double::doubleValue).toArray();
        double[] b = bad.stream().map(value).flatMap(Optional::stream).mapToDouble(Double::doubleValue).toArray();
        Auc.Interval interval = Auc.bootstrap(g, b, BOOTSTRAP_ROUNDS, BOOTSTRAP_SEED);
        return new Evaluation.Measure(name, g.length, b.length, Auc.of(g, b), interval.low(), interval.high());
    }

    private static <T> Map<String, T> load(Stream<String> ids, Function<List<String>, List<T>> loader,
                                           Function<T, String> id) {
        Map<String, T> loaded = new HashMap<>();
        for (List<String> slice : Slices.of(ids.distinct().toList(), CHUNK)) {
            loader.apply(slice).forEach(t -> loaded.put(id.apply(t), t));
        }
        return loaded;
    }
}
