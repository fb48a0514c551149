package dk.jobmatch.match;

import dk.jobmatch.citizen.JobGoal;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job goal naming the occupation whose everyday work the need's title names (issue 24, "The
 * occupation of the need's work"): it counts for the STRONG tier, though the title names the work
 * and not the occupation. The phrases' terms are written out as the Danish analysis makes them, so
 * the rule is tested alone, with the vocabulary's relations.
 */
class GoalOccupationTest {

    private static final Map<String, PhraseCredit.Phrase> PHRASES = Map.of(
            "Receptionist", phrase("Receptionist", Set.of("receptionist"), "office.receptionist"),
            "Velkomst af besøgende i forhallen", phrase("Velkomst af besøgende i forhallen",
                    Set.of("velkomst", "besøgende", "forhal"),
                    "office.ekspedition-af-besoegende", "office.moedevaertskab-og-velkomst"),
            "Pladsmand", phrase("Pladsmand", Set.of("pladsmand"), "recycling.genbrugspladsmedarbejder"),
            "Adskillelse af elektronikaffald", phrase("Adskillelse af elektronikaffald",
                    Set.of("adskillelse", "elektronikaffald", "affald"),
                    "recycling.demontering-og-adskillelse", "recycling.elektronikaffald"),
            "vaskeri", phrase("vaskeri", Set.of("vaskeri"), "laundry.vaskeriarbejde"),
            "Foldning af håndklæder", phrase("Foldning af håndklæder", Set.of("foldning", "håndklæde"),
                    "laundry.foldning"));

    private final PhraseCredit credit = new PhraseCredit(ConceptCredit.danish());
    private final Function<String, PhraseCredit.Phrase> phrase = PHRASES::get;

    private static PhraseCredit.Phrase phrase(String text, Set<String> words, String... concepts) {
        return new PhraseCredit.Phrase(text, words, List.of(concepts));
    }

    private GoalFit.Goal best(String goal, String title, boolean strongShare) {
        return GoalFit.best(List.of(new JobGoal(JobGoal.Priority.A, goal)), List.of(title), phrase, credit, Set.of(),
                List::of, phrase.apply(title).concepts().ids(), strongShare).orElseThrow();
    }

    private GoalFit.Goal best(String goal, String title) {
        return best(goal, title, false);
    }

    @Test
    void aGoalNamingTheOccupationWhoseWorkTheTitleNamesCountsForTheTier() {
        // Both concepts of the title are within "reception", an essential competence of a receptionist.
        GoalFit.Goal got = best("Receptionist", "Velkomst af besøgende i forhallen");
        assertThat(got.fully()).isTrue();
        assertThat(got.ofTitle()).isTrue();
        // Where the competences fall short of the STRONG share, the goal keeps its related credit, so
        // it lifts no PARTIAL candidate; where they reach it, it earns a named goal's.
        assertThat(got.value()).isEqualTo(ConceptCredit.ESSENTIAL);
        assertThat(best("Receptionist", "Velkomst af besøgende i forhallen", true).value()).isEqualTo(1.0);
        assertThat(MatchScorer.goalText(got, credit::label)).isEqualTo(
                "Passer til jobmål A (drømmejob): Receptionist (ekspedition af besøgende hører til faget receptionist)");
    }

    @Test
    void notWhenTheTitleNamesOtherWorkBesideTheOccupations() {
        // E-waste is within a recycling-yard worker's sorting, but disassembly is not that work.
        GoalFit.Goal got = best("Pladsmand", "Adskillelse af elektronikaffald");
        assertThat(got.fully()).isFalse();
        assertThat(got.ofTitle()).isFalse();
        assertThat(best("Pladsmand", "Adskillelse af elektronikaffald", true).value()).isEqualTo(ConceptCredit.ESSENTIAL);
    }

    @Test
    void notForAGoalThatNamesACompetenceRatherThanAnOccupation() {
        // Folding is within laundry work, but "vaskeri" names the work, not an occupation with essentials.
        GoalFit.Goal got = best("vaskeri", "Foldning af håndklæder", true);
        assertThat(got.fully()).isFalse();
        assertThat(got.value()).isEqualTo(ConceptCredit.WITHIN);
    }

    @Test
    void aNeedWithoutConceptsInItsTitleLeavesTheGoalAsBefore() {
        GoalFit.Goal got = GoalFit.best(List.of(new JobGoal(JobGoal.Priority.A, "Receptionist")),
                List.of("Velkomst af besøgende i forhallen"), phrase, credit, Set.of(), List::of, List.of(), true)
                .orElseThrow();
        assertThat(got.fully()).isFalse();
        assertThat(got.ofTitle()).isFalse();
    }
}
