package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.match.MatchScoreMonotonicityTest.Pair;
import dk.jobmatch.search.PureAnalysis;
import dk.jobmatch.search.TextTerms;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request's scorer remembers what it worked out (each task's fit and title credit, what each
 * wanted phrase earns from each own phrase), and the profiles it keeps share their phrases (issue
 * 23). With the Danish analysis and vocabulary, so concepts and their partial credit take part,
 * over seeded random pools in both directions every pair a request's scorer scores, explained or
 * not, is exactly the match of scoring that pair alone with nothing remembered or kept.
 */
class RequestScorerTest {

    private static final TextTerms TERMS = PureAnalysis.textTerms();
    private static final int POOLS = 60;
    /** Few enough phrases that they recur across a pool, as "rengøring" does across real profiles. */
    private static final List<String> LABELS = ConceptVocabulary.danish().labels().keySet().stream().sorted()
            .filter(label -> label.hashCode() % 9 == 0).limit(80).toList();

    private final MatchScorer alone = new MatchScorer(Fixtures.WEIGHTS, TERMS::of);

    @Test
    void whatOneRequestRemembersChangesNoComparisonOfPhrases() {
        Random random = new Random(20261128L);
        ConceptCredit concepts = ConceptCredit.danish();
        PhraseCredit fresh = new PhraseCredit(concepts);
        PhraseCredit request = PhraseCredit.forOneRequest(concepts);
        List<PhraseCredit.Phrase> phrases = LABELS.stream().map(label -> phrase(label)).toList();
        int related = 0;
        for (int p = 0; p < 20_000; p++) {
            PhraseCredit.Phrase wanted = phrases.get(random.nextInt(phrases.size()));
            PhraseCredit.Phrase own = phrases.get(random.nextInt(phrases.size()));
            PhraseCredit.Credit expected = fresh.of(phrase(wanted.text()), phrase(own.text()));
            assertThat(request.of(wanted, own)).as("%s from %s", wanted.text(), own.text()).isEqualTo(expected);
            related += expected.byConcept() ? 1 : 0;
        }
        assertThat(related).as("pairs credited through related concepts").isGreaterThan(100);
    }

    @Test
    void aPoolScoredByOneRequestGivesTheMatchesOfScoringEachPairAlone() {
        Random random = new Random(20261129L);
        ProfilePhrases kept = new ProfilePhrases(TERMS, 1000);
        MatchScorer service = new MatchScorer(Fixtures.WEIGHTS, TERMS::of, ConceptCredit::danish, kept);
        int matched = 0;
        int partly = 0;
        for (int n = 0; n < POOLS; n++) {
            boolean citizensForNeed = n % 2 == 0;
            Pair first = labelled(MatchScoreMonotonicityTest.pair(random), random);
            List<MatchContext> pool = new ArrayList<>();
            for (int c = 20 + random.nextInt(40); c > 0; c--) {
                Pair other = labelled(MatchScoreMonotonicityTest.pair(random), random);
                pool.add(citizensForNeed
                        ? new MatchContext(first.need(), first.employer(), withId(other.citizen(), "c" + random.nextInt(300)))
                        : new MatchContext(withId(other.need(), "n" + c), other.employer(), first.citizen()));
            }
            // Twice: the second request finds the profiles kept by the first.
            for (int again = 0; again < 2; again++) {
                MatchScorer request = service.forOneRequest();
                for (MatchContext pair : pool) {
                    boolean explained = random.nextBoolean();
                    Optional<Match> got = request.scored(pair, explained)
                            .map(scored -> explained ? scored.match() : request.explained(scored));
                    Optional<Match> expected = alone.match(pair);
                    assertThat(got).as("pool %d, %s and %s", n, pair.need().id(), pair.citizen().id()).isEqualTo(expected);
                    matched += got.isPresent() ? 1 : 0;
                    partly += got.filter(m -> m.explanation().stream().anyMatch(e -> e.text().contains(" ~ "))).isPresent() ? 1 : 0;
                }
            }
        }
        // Matches, some of them through related concepts, or this proves little.
        assertThat(matched).as("pairs that match").isGreaterThan(POOLS * 10);
        assertThat(partly).as("matches explained by related concepts").isGreaterThan(POOLS);
    }

    private static PhraseCredit.Phrase phrase(String text) {
        return PhraseCredit.Phrase.of(text, TERMS.of(text));
    }

    private static String label(Random random) {
        return LABELS.get(random.nextInt(LABELS.size()));
    }

    /** The pair with its phrases drawn from the vocabulary's labels: competences, task titles, job goals, experience. */
    private static Pair labelled(Pair pair, Random random) {
        Need n = pair.need();
        List<Task> tasks = n.tasks().stream().map(t -> new Task(t.id(), label(random), t.description(),
                t.hoursPerWeek(), t.competences().stream().map(c -> label(random)).toList(), t.demands(),
                t.schedule(), t.capacity(), t.held())).toList();
        Need need = new Need(n.id(), n.employerId(), label(random), random.nextBoolean() ? label(random) : null,
                n.placementType(), n.status(), n.hoursPerWeek(), n.nonNegotiables(), n.flexibilities(), tasks,
                n.createdAt(), n.updatedAt());
        Citizen c = pair.citizen();
        Citizen citizen = new Citizen(c.id(), c.externalRef(), c.displayName(), c.targetGroup(),
                c.competences().stream().map(x -> label(random)).toList(),
                c.experience() == null ? null : "Har arbejdet med " + label(random),
                c.jobGoals().stream().map(g -> new JobGoal(g.priority(), label(random))).toList(), c.qualifications(),
                c.accommodations(), c.accommodationNotes(), c.hoursPerWeek(), c.effectivenessPercent(), c.location(),
                c.maxTravelKm(), c.consent(), c.createdAt(), c.updatedAt(), c.committedHoursPerWeek(), c.measured());
        return new Pair(need, pair.employer(), citizen);
    }

    private static Citizen withId(Citizen c, String id) {
        return new Citizen(id, c.externalRef(), c.displayName(), c.targetGroup(), c.competences(), c.experience(),
                c.jobGoals(), c.qualifications(), c.accommodations(), c.accommodationNotes(), c.hoursPerWeek(),
                c.effectivenessPercent(), c.location(), c.maxTravelKm(), c.consent(), c.createdAt(), c.updatedAt(),
                c.committedHoursPerWeek(), c.measured());
    }

    private static Need withId(Need n, String id) {
        return new Need(id, n.employerId(), n.title(), n.description(), n.placementType(), n.status(),
                n.hoursPerWeek(), n.nonNegotiables(), n.flexibilities(), n.tasks(), n.createdAt(), n.updatedAt());
    }
}
