package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.PlacementType;
import dk.jobmatch.vocabulary.TargetGroup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The need's descriptions against the whole profile (issue 24): shared words, weighted by how many trades use them. */
class TextFitTest {

    private static final ConceptCredit CREDIT = ConceptCredit.danish();

    private static Need need(String title, String description, String taskTitle, String taskDescription) {
        Task task = new Task("t1", taskTitle, taskDescription, 6, List.of("udeleg"), Set.of(), Set.of(), 1, 0);
        return new Need("n1", "e1", title, description, PlacementType.REKRUTTERING, NeedStatus.OPEN,
                new HourRange(6, 15), Set.of(), Set.of(), List.of(task), Fixtures.NOW, Fixtures.NOW);
    }

    private static Citizen citizen(List<String> competences, String experience, String goal) {
        return new Citizen("c1", "sag-1", "Borger 1", TargetGroup.FLEKSJOB, competences, experience,
                List.of(new JobGoal(JobGoal.Priority.A, goal)), Set.of(), Set.of(), null, new HourRange(6, 12), 75,
                null, 20.0, true, Fixtures.NOW, Fixtures.NOW, 0, null);
    }

    private static TextFit.Text of(Need need, Citizen citizen) {
        return TextFit.of(need, citizen, Fixtures.WORDS, CREDIT);
    }

    @Test
    void aWordManyTradesUseCountsLessThanOneNoTradeUses() {
        Map<String, Integer> trades = CREDIT.tradesByWord(Fixtures.WORDS);
        assertThat(trades.getOrDefault("arbejde", 0)).isGreaterThan(3);
        assertThat(trades.getOrDefault("fodbold", 0)).isLessThan(trades.get("arbejde"));
        assertThat(TextFit.weight(trades.get("arbejde"))).isLessThan(TextFit.weight(trades.getOrDefault("fodbold", 0)));
        assertThat(TextFit.weight(0)).isEqualTo(1);
    }

    @Test
    void theProfileThatSpeaksOfMoreOfTheWorkSharesMoreAndTheExplanationNamesIt() {
        Need need = need("Eftermiddage i fritidsordningen", "Skolebørn om eftermiddagen",
                "Boldspil og udeleg", "Fodbold og leg i skolegården");
        TextFit.Text trainer = of(need, citizen(List.of("børnepasning"), "Fodboldtræner: fodbold med drenge", "Medhjælper"));
        TextFit.Text other = of(need, citizen(List.of("børnepasning"), "Har passet børn", "Medhjælper"));
        assertThat(trainer.share()).isGreaterThan(other.share()).isLessThanOrEqualTo(1);
        assertThat(trainer.shared()).contains("fodbold");
        assertThat(other.share()).isZero();
        assertThat(other.shared()).isEmpty();
    }

    @Test
    void moreProfileNeverLowersTheShare() {
        Need need = need("Arbejde i skolegården", "Fodbold og arbejde", "Udeleg", "Leg i skolegården");
        double before = of(need, citizen(List.of("fodbold"), null, "Medhjælper")).share();
        double after = of(need, citizen(List.of("fodbold", "arbejde", "leg"), "Har arbejdet i en skolegård", "Medhjælper")).share();
        assertThat(before).isPositive();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Test
    void aWordOnlyTheJobGoalNamesEarnsHalfOfWhatACompetenceEarns() {
        Need need = need("Eftermiddage i fritidsordningen", "Skolebørn om eftermiddagen",
                "Boldspil og udeleg", "Fodbold og leg i skolegården");
        double none = of(need, citizen(List.of("rengøring"), null, "Kok")).share();
        double goal = of(need, citizen(List.of("rengøring"), null, "Fodboldtræner: fodbold")).share();
        double shown = of(need, citizen(List.of("rengøring", "fodbold"), null, "Kok")).share();
        double both = of(need, citizen(List.of("rengøring", "fodbold"), null, "Fodboldtræner: fodbold")).share();
        assertThat(none).isZero();
        assertThat(shown).isPositive();
        assertThat(goal).isCloseTo(TextFit.GOAL * shown, org.assertj.core.data.Offset.offset(1e-9));
        // Monotone: the goal adds nothing to what the competences already hold, and takes nothing away.
        assertThat(both).isEqualTo(shown);
        assertThat(of(need, citizen(List.of("rengøring"), null, "Fodboldtræner: fodbold")).shared()).contains("fodbold");
    }
}
