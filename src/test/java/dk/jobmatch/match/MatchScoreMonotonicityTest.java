package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Employer;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.Accommodation;
import dk.jobmatch.vocabulary.CompanySize;
import dk.jobmatch.vocabulary.Flexibility;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.Place;
import dk.jobmatch.vocabulary.PlacementType;
import dk.jobmatch.vocabulary.TargetGroup;
import dk.jobmatch.vocabulary.TaskDemand;
import dk.jobmatch.vocabulary.TimeSlot;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The score is monotone (issue 22): random need/citizen pairs that match are improved in one
 * attribute at a time, and neither the score nor the fit tier may drop. Each improvement is one a
 * consultant would read as "better": a competence the need asks for, a matching job goal of higher
 * priority, a shorter distance within reach, a proposal that fills more of the hours both sides
 * accept (or a citizen who accepts a wider range of hours), a flexibility added to the need.
 *
 * <p>The generator uses a small vocabulary so competences, goals and titles overlap often, small
 * code pools so accommodations rule tasks out and flexibilities lift them, and locations around
 * the travel limit. Each test also counts how often its improvement raised the score, so a
 * generator that never exercises it fails instead of passing vacuously.
 */
class MatchScoreMonotonicityTest {

    private static final int PAIRS = 3000;
    private static final double EPSILON = 1e-12;
    private static final String[] WORDS = {"oprydning", "rengøring", "lager", "plukning", "kørsel", "opvask",
            "køkken", "pakning", "have", "sortering", "pedel", "vask"};
    private static final Accommodation[] ACCOMMODATIONS = {Accommodation.NO_HEAVY_LIFTING,
            Accommodation.NO_EARLY_MORNING, Accommodation.LIMITED_STANDING, Accommodation.WORKS_ALONE,
            Accommodation.QUIET_ENVIRONMENT};
    private static final TaskDemand[] DEMANDS = {TaskDemand.HEAVY_LIFTING, TaskDemand.PROLONGED_STANDING,
            TaskDemand.NOISY_ENVIRONMENT};
    private static final TimeSlot[] SLOTS = {TimeSlot.EARLY_MORNING, TimeSlot.MORNING, TimeSlot.DAYTIME};
    private static final double BASE_LAT = 57.44;
    private static final double BASE_LON = 10.53;

    private final MatchScorer scorer = new MatchScorer(Fixtures.WEIGHTS, Fixtures.WORDS);

    /** One pair and the employer of its need. */
    record Pair(Need need, Employer employer, Citizen citizen) {

        MatchContext context() {
            return new MatchContext(need, employer, citizen);
        }
    }

    @Test
    void moreMatchingCompetencesNeverLowerTheScore() {
        assertNeverLower("a competence the need asks for", 200, (pair, random) -> {
            // Each phrase the need asks for, one at a time: any of them may change the carving.
            Set<String> wanted = new LinkedHashSet<>();
            pair.need().tasks().forEach(t -> wanted.addAll(t.competences().isEmpty() ? List.of(t.title()) : t.competences()));
            List<Pair> improved = new ArrayList<>();
            for (String phrase : wanted) {
                List<String> competences = new ArrayList<>(pair.citizen().competences());
                competences.add(phrase);
                improved.add(withCitizen(pair, competences, pair.citizen().jobGoals(), pair.citizen().hoursPerWeek(),
                        pair.citizen().location()));
            }
            return improved;
        });
    }

    @Test
    void aMatchingJobGoalOfHigherPriorityNeverLowersTheScore() {
        assertNeverLower("a matching job goal, or a goal one step higher", 200, (pair, random) -> {
            List<Pair> improved = new ArrayList<>();
            Citizen citizen = pair.citizen();
            // A new goal the need's title or one of its tasks speaks to, at any priority.
            List<String> titles = new ArrayList<>(List.of(pair.need().title()));
            pair.need().tasks().forEach(t -> titles.add(t.title()));
            String[] words = titles.get(random.nextInt(titles.size())).split(" ");
            List<JobGoal> added = new ArrayList<>(citizen.jobGoals());
            added.add(new JobGoal(JobGoal.Priority.values()[random.nextInt(3)], capitalised(words[words.length - 1])));
            improved.add(withCitizen(pair, citizen.competences(), added, citizen.hoursPerWeek(), citizen.location()));
            // Each goal below A raised by one step.
            for (int g = 0; g < citizen.jobGoals().size(); g++) {
                JobGoal goal = citizen.jobGoals().get(g);
                if (goal.priority() != JobGoal.Priority.A) {
                    List<JobGoal> raised = new ArrayList<>(citizen.jobGoals());
                    raised.set(g, new JobGoal(JobGoal.Priority.values()[goal.priority().ordinal() - 1], goal.title()));
                    improved.add(withCitizen(pair, citizen.competences(), raised, citizen.hoursPerWeek(),
                            citizen.location()));
                }
            }
            return improved;
        });
    }

    @Test
    void aShorterDistanceWithinReachNeverLowersTheScore() {
        assertNeverLower("the citizen living closer", 200, (pair, random) -> {
            Place home = pair.citizen().location();
            Place work = pair.employer().place();
            if (home == null || !home.hasCoordinates()) {
                return List.of();
            }
            double share = random.nextDouble();
            Place closer = new Place(home.postcode(), null, home.lat() + (work.lat() - home.lat()) * share,
                    home.lon() + (work.lon() - home.lon()) * share);
            if (closer.distanceKm(work) > home.distanceKm(work)) {
                return List.of();
            }
            return List.of(withCitizen(pair, pair.citizen().competences(), pair.citizen().jobGoals(),
                    pair.citizen().hoursPerWeek(), closer));
        });
    }

    @Test
    void aBetterHoursFitNeverLowersTheScore() {
        assertNeverLower("a proposal filling more of the hours both accept, or a wider range", 200, (pair, random) -> {
            double proposed = scorer.match(pair.context()).orElseThrow().carving().hoursPerWeek();
            Citizen citizen = pair.citizen();
            HourRange hours = citizen.hoursPerWeek();
            Need need = pair.need();
            return List.of(
                    // The citizen's most hours come down to the proposal: it fills all they can work.
                    withCitizen(pair, citizen.competences(), citizen.jobGoals(), new HourRange(hours.min(), proposed),
                            citizen.location()),
                    // The need's most hours come down to the proposal.
                    new Pair(new Need(need.id(), need.employerId(), need.title(), need.description(),
                            need.placementType(), need.status(), new HourRange(need.hoursPerWeek().min(), proposed),
                            need.nonNegotiables(), need.flexibilities(), need.tasks(), Fixtures.NOW, Fixtures.NOW),
                            pair.employer(), citizen),
                    // The citizen also accepts fewer hours.
                    withCitizen(pair, citizen.competences(), citizen.jobGoals(),
                            new HourRange(hours.min() * random.nextDouble(), hours.max()), citizen.location()));
        });
    }

    @Test
    void aHelpfulFlexibilityNeverLowersTheScore() {
        assertNeverLower("a flexibility added to the need", 200, (pair, random) -> {
            Need need = pair.need();
            List<Pair> improved = new ArrayList<>();
            for (Flexibility flexibility : Flexibility.values()) {
                if (!need.flexibilities().contains(flexibility)) {
                    Set<Flexibility> more = EnumSet.of(flexibility);
                    more.addAll(need.flexibilities());
                    improved.add(new Pair(new Need(need.id(), need.employerId(), need.title(), need.description(),
                            need.placementType(), need.status(), need.hoursPerWeek(), need.nonNegotiables(), more,
                            need.tasks(), Fixtures.NOW, Fixtures.NOW), pair.employer(), pair.citizen()));
                }
            }
            return improved;
        });
    }

    /**
     * Monotone by construction: the carving maximises exactly the part of the score that depends on
     * the bundle, so no other valid bundle of the pair scores higher than the one proposed.
     */
    @Test
    void theCarvedBundleScoresAtLeastAsHighAsEveryOtherValidBundle() {
        Random random = new Random(20261127L);
        int compared = 0;
        for (int p = 0; p < PAIRS; p++) {
            Pair pair = pair(random);
            Optional<Match> match = scorer.match(pair.context());
            if (match.isEmpty()) {
                continue;
            }
            List<Task> tasks = pair.need().tasks();
            for (int subset = 1; subset < 1 << tasks.size(); subset++) {
                List<Task> bundle = new ArrayList<>();
                for (int t = 0; t < tasks.size(); t++) {
                    if ((subset & 1 << t) != 0) {
                        bundle.add(tasks.get(t));
                    }
                }
                double hours = bundle.stream().mapToDouble(Task::hoursPerWeek).sum();
                if (MatchRules.violations(pair.need(), pair.employer().place(), pair.citizen(),
                        bundle.stream().map(Task::id).toList(), hours).isEmpty()) {
                    compared++;
                    double other = scorer.score(pair.context(), new Carving(bundle, hours)).score();
                    assertThat(other).as("pair %d, bundle %s against %s", p, bundle, match.get().carving())
                            .isLessThanOrEqualTo(match.get().score() + 1e-9);
                }
            }
        }
        assertThat(compared).isGreaterThan(PAIRS);
    }

    /** Improves pairs that match and asserts that neither score nor tier drops; {@code raised} of them must rise. */
    private void assertNeverLower(String improvement, int raised, BiFunction<Pair, Random, List<Pair>> improve) {
        Random random = new Random(20261127L);
        int matched = 0;
        int rose = 0;
        for (int p = 0; p < PAIRS; p++) {
            Pair pair = pair(random);
            Optional<Match> before = scorer.match(pair.context());
            if (before.isEmpty()) {
                continue;
            }
            matched++;
            for (Pair better : improve.apply(pair, random)) {
                Optional<Match> after = scorer.match(better.context());
                assertThat(after).as("pair %d still matches after %s", p, improvement).isPresent();
                assertThat(after.get().score()).as("pair %d: score after %s (%s -> %s)", p, improvement,
                                before.get().explanation(), after.get().explanation())
                        .isGreaterThanOrEqualTo(before.get().score() - EPSILON);
                assertThat(after.get().fit()).as("pair %d: tier after %s", p, improvement)
                        .isLessThanOrEqualTo(before.get().fit());
                if (after.get().score() > before.get().score() + EPSILON) {
                    rose++;
                }
            }
        }
        // The generator must give matches, and the improvement must matter often, or this proves little.
        assertThat(matched).as("pairs that match").isGreaterThan(PAIRS / 4);
        assertThat(rose).as("improvements (%s) that raised the score", improvement).isGreaterThan(raised);
    }

    static Pair pair(Random random) {
        List<Task> tasks = new ArrayList<>();
        int taskCount = 1 + random.nextInt(5);
        for (int t = 0; t < taskCount; t++) {
            List<String> competences = new ArrayList<>();
            for (int c = random.nextInt(4); c > 0; c--) {
                competences.add(word(random));
            }
            tasks.add(new Task("t" + t, "Opgave " + word(random), null, (1 + random.nextInt(16)) / 2.0, competences,
                    codes(random, DEMANDS, 2), codes(random, SLOTS, 1), 1, 0));
        }
        double total = tasks.stream().mapToDouble(Task::hoursPerWeek).sum();
        double min = Math.min(total, random.nextInt(8));
        double max = Math.min(37, Math.max(min + 0.5, min + random.nextInt(15)));
        Need need = new Need("n1", "e1", "Behov " + word(random), null,
                random.nextBoolean() ? PlacementType.REKRUTTERING : PlacementType.TRAENING, NeedStatus.OPEN,
                new HourRange(min, max), Set.of(), codes(random, Flexibility.values(), 2), tasks, Fixtures.NOW,
                Fixtures.NOW);
        Place work = new Place("9900", null, BASE_LAT + (random.nextDouble() - 0.5) * 0.3,
                BASE_LON + (random.nextDouble() - 0.5) * 0.45);
        Employer employer = new Employer("e1", "Virksomhed", "12345678", null,
                CompanySize.values()[random.nextInt(CompanySize.values().length)],
                random.nextBoolean() ? "Rolig arbejdsplads" : "Travlt", "9900", null, work.lat(), work.lon(), null,
                null, null, Fixtures.NOW, null, null, null);

        List<String> competences = new ArrayList<>();
        for (int c = random.nextInt(4); c > 0; c--) {
            competences.add(word(random));
        }
        List<JobGoal> goals = new ArrayList<>();
        for (int g = random.nextInt(3); g > 0; g--) {
            goals.add(new JobGoal(JobGoal.Priority.values()[random.nextInt(3)], capitalised(word(random))));
        }
        double citizenMin = random.nextInt(12) / 2.0;
        HourRange hours = new HourRange(citizenMin, Math.min(37, citizenMin + 0.5 + random.nextInt(16) / 2.0));
        Place home = random.nextInt(5) == 0 ? null : new Place("9900", null,
                BASE_LAT + (random.nextDouble() - 0.5) * 0.3, BASE_LON + (random.nextDouble() - 0.5) * 0.45);
        Double maxTravelKm = home == null || random.nextInt(4) == 0 ? null : (double) (5 + random.nextInt(30));
        Citizen citizen = new Citizen("c1", "sag-1", null, TargetGroup.FLEKSJOB, competences,
                random.nextBoolean() ? "Erfaring med " + word(random) : null, goals, Set.of(),
                codes(random, ACCOMMODATIONS, 2), null, hours, random.nextBoolean() ? 50 + 5 * random.nextInt(10) : null,
                home, maxTravelKm, true, Fixtures.NOW, Fixtures.NOW, 0, null);
        return new Pair(need, employer, citizen);
    }

    private static Pair withCitizen(Pair pair, List<String> competences, List<JobGoal> goals, HourRange hours,
                                    Place home) {
        Citizen c = pair.citizen();
        return new Pair(pair.need(), pair.employer(), new Citizen(c.id(), c.externalRef(), c.displayName(),
                c.targetGroup(), competences, c.experience(), goals, c.qualifications(), c.accommodations(),
                c.accommodationNotes(), hours, c.effectivenessPercent(), home, c.maxTravelKm(), c.consent(),
                c.createdAt(), c.updatedAt(), c.committedHoursPerWeek(), c.measured()));
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static <E extends Enum<E>> Set<E> codes(Random random, E[] pool, int max) {
        Set<E> chosen = new HashSet<>();
        for (int count = random.nextInt(max + 1); count > 0; count--) {
            chosen.add(pool[random.nextInt(pool.length)]);
        }
        return chosen;
    }
}
