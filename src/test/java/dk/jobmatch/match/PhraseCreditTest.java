package dk.jobmatch.match;

import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.vocabulary.ConceptRelations;
import dk.jobmatch.vocabulary.ConceptVocabulary;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Comparing two phrases by their words and concepts, and job goals through them (issue 24). The
 * phrases' terms are written out as the Danish analysis makes them, so the rules are tested alone.
 */
class PhraseCreditTest {

    private static final Map<String, PhraseCredit.Phrase> PHRASES = Map.of(
            "trappevask", phrase("trappevask", Set.of("trappevask", "trap", "vask"), "cleaning.trappevask"),
            "Opvasker", phrase("Opvasker", Set.of("opvask", "vask"), "kitchen.opvasker"),
            "gulvvask", phrase("gulvvask", Set.of("gulvvask", "gulv", "vask"), "cleaning.gulvvask"),
            "sortering", phrase("sortering", Set.of("sortering"), "general.sortering"),
            "tekstilsortering", phrase("tekstilsortering", Set.of("tekstilsortering", "tekstil", "sortering"),
                    "recycling.sortering-af-tekstiler-til-genbrug"),
            "Har vasket op i ti år", phrase("Har vasket op i ti år", Set.of("vask", "år")),
            "Læse højt og lege med børnene", phrase("Læse højt og lege med børnene", Set.of("læs", "højt", "leg", "børn"),
                    "childcare.hoejtlaesning-for-boern", "childcare.leg-med-boern"),
            "Pædagogmedhjælper", phrase("Pædagogmedhjælper", Set.of("pædagogmedhjælp", "pædagog", "medhjælp"),
                    "childcare.paedagogmedhjaelper"),
            "Opvask i køkkenet", phrase("Opvask i køkkenet", Set.of("opvask", "vask", "køkken"), "kitchen.opvask"));

    private final PhraseCredit credit = new PhraseCredit(ConceptCredit.danish());

    private static PhraseCredit.Phrase phrase(String text, Set<String> words, String... concepts) {
        return new PhraseCredit.Phrase(text, words, List.of(concepts));
    }

    private PhraseCredit.Credit of(String wanted, String own) {
        return credit.of(PHRASES.get(wanted), PHRASES.get(own));
    }

    @Test
    void aWordSharedAcrossTradesWhoseConceptsAreUnrelatedCountsLittle() {
        assertThat(of("trappevask", "Opvasker").share()).isEqualTo(PhraseCredit.FALSE_FRIEND).isLessThan(ConceptCredit.ESSENTIAL);
        assertThat(of("trappevask", "Opvasker").byConcept()).isFalse();
    }

    @Test
    void aSharedWordCountsWithinATradeWithAGeneralCompetenceAndInFreeText() {
        assertThat(of("trappevask", "gulvvask")).isEqualTo(PhraseCredit.Credit.FULL);
        assertThat(of("sortering", "tekstilsortering")).isEqualTo(PhraseCredit.Credit.FULL);
        // The experience names no concepts: its words decide, as before.
        assertThat(of("Opvask i køkkenet", "Har vasket op i ti år")).isEqualTo(PhraseCredit.Credit.FULL);
        assertThat(of("trappevask", "Har vasket op i ti år")).isEqualTo(PhraseCredit.Credit.FULL);
    }

    @Test
    void aRelatedConceptEarnsItsCreditAndNamesBothConcepts() {
        PhraseCredit.Credit got = of("Læse højt og lege med børnene", "Pædagogmedhjælper");
        assertThat(got.share()).isEqualTo(ConceptCredit.ESSENTIAL);
        assertThat(got.own()).isEqualTo("Pædagogmedhjælper");
        assertThat(got.ownConcept()).isEqualTo("childcare.paedagogmedhjaelper");
        assertThat(got.wantedConcept()).isEqualTo("childcare.hoejtlaesning-for-boern");
        assertThat(credit.label(got.wantedConcept())).isEqualTo("højtlæsning for børn");
    }

    @Test
    void theBestOfTheProfileCountsAndASharedWordWinsOverAConceptOfEqualCredit() {
        List<PhraseCredit.Phrase> profile = List.of(PHRASES.get("Opvasker"), PHRASES.get("gulvvask"));
        assertThat(credit.best(PHRASES.get("trappevask"), profile)).isEqualTo(PhraseCredit.Credit.FULL);
        assertThat(credit.best(PHRASES.get("trappevask"), List.of(PHRASES.get("Opvasker"))).share())
                .isEqualTo(PhraseCredit.FALSE_FRIEND);
    }

    @Test
    void aGoalCountsFullyWhenNamedAndByPriorityTimesCreditWhenRelated() {
        Function<String, PhraseCredit.Phrase> phrase = PHRASES::get;
        List<String> kindergarten = List.of("Læse højt og lege med børnene");
        JobGoal dream = new JobGoal(JobGoal.Priority.A, "Pædagogmedhjælper");
        GoalFit.Goal related = GoalFit.best(List.of(dream), kindergarten, phrase, credit).orElseThrow();
        assertThat(related.value()).isEqualTo(ConceptCredit.ESSENTIAL);
        assertThat(related.fully()).isFalse();

        JobGoal fallback = new JobGoal(JobGoal.Priority.C, "Opvasker");
        GoalFit.Goal named = GoalFit.best(List.of(dream, fallback), List.of("Opvask i køkkenet"), phrase, credit).orElseThrow();
        assertThat(named.goal()).isEqualTo(fallback);
        assertThat(named.fully()).isTrue();
        assertThat(named.value()).isEqualTo(GoalFit.score(JobGoal.Priority.C));

        GoalFit.Goal falseFriend = GoalFit.best(List.of(fallback), List.of("trappevask"), phrase, credit).orElseThrow();
        assertThat(falseFriend.fully()).isFalse();
        assertThat(falseFriend.value()).isEqualTo(GoalFit.score(JobGoal.Priority.C) * PhraseCredit.FALSE_FRIEND);
        // Explained without concepts to name (it read "(null ~ null)" before).
        assertThat(MatchScorer.goalText(falseFriend, credit::label))
                .isEqualTo("Passer delvist til jobmål C (reserve): Opvasker (et ord til fælles, men andet arbejde)");
        assertThat(MatchScorer.goalText(related, credit::label))
                .isEqualTo("Passer delvist til jobmål A (drømmejob): Pædagogmedhjælper"
                        + " (pædagogmedhjælper ~ højtlæsning for børn)");
        assertThat(GoalFit.best(List.of(fallback), List.of("Pædagogmedhjælper"), phrase, credit)).isEmpty();
    }

    @Test
    void aPhraseKeptAcrossAVocabularyChangeIsComparedByTheNewVocabularysNumbering() {
        PhraseCredit.Phrase windows = phrase("vinduespudsning", Set.of("vinduespudsning"), "cleaning.vinduespudsning");
        PhraseCredit.Phrase cleaning = phrase("rengøring", Set.of("rengøring"), "cleaning.rengoering", "kitchen.opvask");
        assertThat(credit.of(windows, cleaning).share()).isEqualTo(ConceptCredit.WITHIN);
        // Numbered otherwise, the two side by side, and no dish washing at all.
        ConceptVocabulary small = ConceptVocabulary.parse("""
                disco.9112\tOCCUPATION\trengøring på kontorer\t-\t
                cleaning.vinduespudsning\tCOMPETENCE\tvinduespudsning\tdisco.9112\t
                cleaning.rengoering\tCOMPETENCE\trengøring\tdisco.9112\t
                """, "small");
        PhraseCredit other = new PhraseCredit(new ConceptCredit(small, ConceptRelations.none()));
        assertThat(other.of(windows, cleaning)).isEqualTo(PhraseCredit.Credit.NONE);
        assertThat(other.of(windows, windows)).isEqualTo(PhraseCredit.Credit.FULL);
        assertThat(credit.of(windows, cleaning).ownConcept()).isEqualTo("cleaning.rengoering");
    }
}
