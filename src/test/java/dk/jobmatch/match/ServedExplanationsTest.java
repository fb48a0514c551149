package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.employer.Need;
import dk.jobmatch.match.MatchScoreMonotonicityTest.Pair;
import dk.jobmatch.vocabulary.Qualification;
import dk.jobmatch.common.IdleCores;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pool is scored without explanations and only the matches served are explained (issue 23). For
 * thousands of seeded random pairs, explaining a pair scored unexplained gives exactly the match of
 * scoring it with its explanation from the start (carving, score, parts, fit tier, every text); and
 * for random pools in both directions the service's ranking serves exactly the lists of explaining
 * every candidate first, as the ranking did before, restated here as it was written then.
 */
class ServedExplanationsTest {

    private static final int PAIRS = 4000;
    private static final int POOLS = 150;

    private final MatchScorer scorer = new MatchScorer(Fixtures.WEIGHTS, Fixtures.WORDS);
    private static final IdleCores HELPED = new IdleCores(1);

    @AfterAll
    static void stopHelpers() {
        HELPED.close();
    }

    @Test
    void explainingAPairScoredUnexplainedGivesTheMatchScoredWithItsExplanation() {
        Random random = new Random(20261127L);
        Set<Explanation.Kind> kinds = EnumSet.noneOf(Explanation.Kind.class);
        int matched = 0;
        for (int p = 0; p < PAIRS; p++) {
            MatchContext pair = qualified(MatchScoreMonotonicityTest.pair(random), random, "c1");
            MatchScorer request = scorer.forOneRequest();
            Optional<MatchScorer.Scored> scored = request.scored(pair, false);
            Optional<Match> explained = scorer.match(pair);
            assertThat(scored.isPresent()).as("pair %d", p).isEqualTo(explained.isPresent());
            if (scored.isPresent()) {
                matched++;
                Match whole = explained.orElseThrow();
                assertThat(scored.get().match()).as("pair %d scored", p).isEqualTo(unexplained(whole));
                assertThat(request.explained(scored.get())).as("pair %d explained", p).isEqualTo(whole);
                whole.explanation().forEach(e -> kinds.add(e.kind()));
            }
        }
        // The generator must give matches and exercise every kind of explanation, or this proves little.
        assertThat(matched).as("pairs that match").isGreaterThan(PAIRS / 4);
        assertThat(kinds).containsExactlyInAnyOrder(Explanation.Kind.values());
    }

    @Test
    void aPairsBoundRanksAtOrAboveItsCarvedMatch() {
        // What lets the ranking carve only the pairs near the top: the bound's tier is the match's
        // and its score never below it, so no order of the service can put the carved match first.
        Random random = new Random(20261129L);
        int carved = 0;
        int tighter = 0;
        for (int p = 0; p < PAIRS; p++) {
            MatchContext pair = qualified(MatchScoreMonotonicityTest.pair(random), random, "c1");
            MatchScorer request = scorer.forOneRequest();
            Optional<MatchScorer.Bound> bound = request.bound(pair);
            Optional<MatchScorer.Scored> scored = request.scored(pair, false);
            if (scored.isEmpty()) {
                continue;
            }
            carved++;
            assertThat(bound).as("pair %d has a bound", p).isPresent();
            Match optimistic = bound.get().optimistic();
            Match match = scored.get().match();
            assertThat(optimistic.fit()).as("pair %d tier", p).isEqualTo(match.fit());
            assertThat(optimistic.score()).as("pair %d score", p).isGreaterThanOrEqualTo(match.score());
            assertThat(request.scored(bound.get(), false).map(MatchScorer.Scored::match)).as("pair %d", p)
                    .contains(match);
            tighter += optimistic.score() - match.score() < 0.5 * (Fixtures.WEIGHTS.taskFit() + Fixtures.WEIGHTS.hours())
                    ? 1 : 0;
        }
        assertThat(carved).as("pairs that match").isGreaterThan(PAIRS / 4);
        // A bound no better than "every part at 1" would carve every pair: most are closer than that.
        assertThat(tighter).as("bounds within half the carving's weight").isGreaterThan(carved / 4);
    }

    @Test
    void aPoolRankedUnexplainedServesTheListsOfExplainingEveryCandidate() {
        Random random = new Random(20261128L);
        int served = 0;
        for (int n = 0; n < POOLS; n++) {
            boolean citizensForNeed = n % 2 == 0;
            Pair first = MatchScoreMonotonicityTest.pair(random);
            List<MatchContext> pool = new ArrayList<>();
            for (int c = 20 + random.nextInt(60); c > 0; c--) {
                Pair other = MatchScoreMonotonicityTest.pair(random);
                // Need -> citizens: one need, many citizens; citizen -> needs: one citizen, many needs.
                pool.add(citizensForNeed
                        ? qualified(new Pair(first.need(), first.employer(), other.citizen()), random, "c" + c)
                        : qualified(new Pair(other.need(), other.employer(), first.citizen()), random, "n" + c));
            }
            Map<String, Float> relevance = new HashMap<>();
            Set<String> open = new HashSet<>();
            for (MatchContext context : pool) {
                String id = citizensForNeed ? context.citizen().id() : context.need().id();
                relevance.put(id, (float) random.nextInt(3));
                if (random.nextInt(4) == 0) {
                    open.add(context.citizen().id());
                }
            }
            Comparator<Match> order = MatchService.served(MatchService.IN_PROCESS_DEMOTION, m -> relevance.get(
                    citizensForNeed ? m.citizen().id() : m.need().id()));
            int limit = 1 + random.nextInt(15);
            MatchFit minFit = MatchFit.values()[random.nextInt(MatchFit.values().length)];

            List<Match> servedOnly = MatchService.top(scorer.forOneRequest(), pool.stream(), order, limit, minFit,
                    open::contains, false);
            List<Match> everyCandidate = MatchService.top(scorer.forOneRequest(), pool.stream(), order, limit, minFit,
                    open::contains, true);
            // The bounds shared with a helper thread, each thread with its own sibling scorer.
            List<Match> helped = MatchService.top(scorer.forOneRequest(), pool, order, limit, minFit,
                    open::contains, false, HELPED);
            MatchScorer before = scorer.forOneRequest();
            List<Match> asBefore = pool.stream()
                    .map(before::match)
                    .flatMap(Optional::stream)
                    .filter(match -> match.fit().atLeast(minFit))
                    .map(match -> match.withInProcess(open.contains(match.citizen().id())))
                    .sorted(order)
                    .limit(limit)
                    .toList();
            assertThat(servedOnly).as("pool %d", n).isEqualTo(asBefore).isEqualTo(everyCandidate).isEqualTo(helped);
            served += servedOnly.size() == limit && servedOnly.stream().anyMatch(Match::inProcess) ? 1 : 0;
        }
        // Full lists with citizens in process, or the ranking's order is barely exercised.
        assertThat(served).as("pools serving a full list with someone in process").isGreaterThan(POOLS / 4);
    }

    /** The pair under the given id (citizen c.., need n..), and in half the draws a requirement both meet. */
    private static MatchContext qualified(Pair pair, Random random, String id) {
        Set<Qualification> required = random.nextBoolean() ? Set.of(Qualification.DRIVING_LICENCE_B) : Set.of();
        Need n = pair.need();
        Citizen c = pair.citizen();
        Need need = new Need(id.startsWith("n") ? id : n.id(), n.employerId(), n.title(), n.description(),
                n.placementType(), n.status(), n.hoursPerWeek(), required, n.flexibilities(), n.tasks(),
                n.createdAt(), n.updatedAt());
        Citizen citizen = new Citizen(id.startsWith("c") ? id : c.id(), c.externalRef(), c.displayName(),
                c.targetGroup(), c.competences(), c.experience(), c.jobGoals(), required, c.accommodations(),
                c.accommodationNotes(), c.hoursPerWeek(), c.effectivenessPercent(), c.location(), c.maxTravelKm(),
                c.consent(), c.createdAt(), c.updatedAt(), c.committedHoursPerWeek(), c.measured());
        return new MatchContext(need, pair.employer(), citizen);
    }

    private static Match unexplained(Match m) {
        return new Match(m.need(), m.employer(), m.citizen(), m.carving(), m.score(), m.parts(), m.fit(), List.of(),
                m.inProcess());
    }
}
