package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.match.MatchScoreMonotonicityTest.Pair;
import dk.jobmatch.search.PureAnalysis;
import dk.jobmatch.search.TextTerms;
import dk.jobmatch.vocabulary.Concept;
import dk.jobmatch.vocabulary.ConceptRelations;
import dk.jobmatch.vocabulary.ConceptType;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

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

    /**
     * On another instance a vocabulary edit first reaches the concept credit, then, after the
     * index's rebuild, the analysis; a request running across that switch must not keep what it
     * analysed before it under the new analysis, or later requests score with the old vocabulary
     * for as long as they keep finding it (ReplicaSyncTest caught that once). Here each round's first
     * request reads "plimsering" under the old analysis, the analysis switches to a vocabulary where
     * it is an alternative label of "vrondling", the same request scores a second pair that names it,
     * and the next request must score both pairs as a scorer with nothing kept does.
     */
    @Test
    void whatARequestKeepsAcrossAVocabularySwitchIsOfTheAnalysisItIsLabelledWith() {
        ConceptVocabulary before = ConceptVocabulary.danish();
        ConceptVocabulary after = before.with(new Concept("test.vrondling", ConceptType.COMPETENCE, "vrondling",
                List.of("plimsering"), Optional.empty()));
        PureAnalysis.Switching analysis = PureAnalysis.switching(before, after);
        TextTerms terms = analysis.textTerms();
        ConceptCredit credit = new ConceptCredit(after, ConceptRelations.danish());
        MatchScorer service = new MatchScorer(Fixtures.WEIGHTS, terms::of, () -> credit, new ProfilePhrases(terms, 1000));
        MatchScorer aloneAfter = new MatchScorer(Fixtures.WEIGHTS, terms::of, () -> credit);
        Random random = new Random(20261130L);
        int related = 0;
        for (int round = 0; round < 40; round++) {
            analysis.useFirst();
            MatchContext same = context(MatchScoreMonotonicityTest.pair(random), random, "plimsering", "plimsering", round + "a");
            MatchContext other = context(MatchScoreMonotonicityTest.pair(random), random, "plimsering", "vrondling", round + "b");
            MatchScorer across = service.forOneRequest();
            across.scored(same, true);
            analysis.useSecond();
            across.scored(other, true);

            MatchScorer next = service.forOneRequest();
            for (MatchContext pair : List.of(other, same)) {
                Optional<Match> expected = aloneAfter.match(pair);
                assertThat(next.scored(pair, true).map(MatchScorer.Scored::match)).as("round %d, %s", round,
                        pair.need().id()).isEqualTo(expected);
                related += pair == other && expected.filter(m -> m.parts().values().getOrDefault(ScorePart.TEXT, 0.0) > 0).isPresent() ? 1 : 0;
            }
        }
        // Pairs the new vocabulary relates through the text, or this proves little.
        assertThat(related).as("pairs related by the new concept").isGreaterThan(5);
    }

    /** The pair with every phrase of the need {@code wanted} and every phrase of the citizen {@code own}. */
    private static MatchContext context(Pair pair, Random random, String wanted, String own, String id) {
        Pair phrased = labelled(pair, random, () -> wanted, () -> own);
        return new MatchContext(withId(phrased.need(), "n" + id), phrased.employer(), withId(phrased.citizen(), "c" + id));
    }

    private static PhraseCredit.Phrase phrase(String text) {
        return PhraseCredit.Phrase.of(text, TERMS.of(text));
    }

    private static String label(Random random) {
        return LABELS.get(random.nextInt(LABELS.size()));
    }

    /** The pair with its phrases drawn from the vocabulary's labels: competences, task titles, job goals, experience. */
    private static Pair labelled(Pair pair, Random random) {
        return labelled(pair, random, () -> label(random), () -> label(random));
    }

    private static Pair labelled(Pair pair, Random random, Supplier<String> needLabel, Supplier<String> citizenLabel) {
        Need n = pair.need();
        List<Task> tasks = n.tasks().stream().map(t -> new Task(t.id(), needLabel.get(), t.description(),
                t.hoursPerWeek(), t.competences().stream().map(c -> needLabel.get()).toList(), t.demands(),
                t.schedule(), t.capacity(), t.held())).toList();
        Need need = new Need(n.id(), n.employerId(), needLabel.get(), random.nextBoolean() ? needLabel.get() : null,
                n.placementType(), n.status(), n.hoursPerWeek(), n.nonNegotiables(), n.flexibilities(), tasks,
                n.createdAt(), n.updatedAt());
        Citizen c = pair.citizen();
        Citizen citizen = new Citizen(c.id(), c.externalRef(), c.displayName(), c.targetGroup(),
                c.competences().stream().map(x -> citizenLabel.get()).toList(),
                c.experience() == null ? null : "Har arbejdet med " + citizenLabel.get(),
                c.jobGoals().stream().map(g -> new JobGoal(g.priority(), citizenLabel.get())).toList(), c.qualifications(),
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
