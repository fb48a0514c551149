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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A task's title as evidence of its competences (issue 24): half of what the citizen's competences give the title. */
class CompetenceFitTest {

    private static final Task TABLES = new Task("t1", "Rydde borde og dække op", null, 6, List.of("opdækning"),
            Set.of(), Set.of(), 1, 0);
    private static final Need NEED = new Need("n1", "e1", "Morgenmad", null, PlacementType.REKRUTTERING,
            NeedStatus.OPEN, new HourRange(6, 15), Set.of(), Set.of(), List.of(TABLES), Fixtures.NOW, Fixtures.NOW);

    private static CompetenceFit fit(List<String> competences, String goal) {
        Citizen citizen = new Citizen("c1", "sag-1", "Borger 1", TargetGroup.FLEKSJOB, competences, null,
                List.of(new JobGoal(JobGoal.Priority.A, goal)), Set.of(), Set.of(), null, new HourRange(6, 12), 75,
                null, 20.0, true, Fixtures.NOW, Fixtures.NOW, 0, null);
        return CompetenceFit.of(citizen, Fixtures.WORDS, ConceptCredit.danish());
    }

    @Test
    void aCompetenceThatNamesTheTasksTitleCoversItsPhrasesByHalf() {
        CompetenceFit fit = fit(List.of("dække op"), "Tjener");
        assertThat(fit.of(TABLES)).isEqualTo(CompetenceFit.BY_TITLE);
        CompetenceFit.Coverage coverage = fit.coverage(NEED, List.of(TABLES));
        assertThat(coverage.share()).isEqualTo(CompetenceFit.BY_TITLE);
        assertThat(coverage.covered()).containsExactly("opdækning ~ dække op");
    }

    @Test
    void aNamedCompetenceStillCountsFullyAndAJobGoalGivesNoTitleCredit() {
        assertThat(fit(List.of("opdækning"), "Tjener").of(TABLES)).isEqualTo(1);
        // The goal part compares goals with the tasks' titles already.
        assertThat(fit(List.of("regnskab"), "Dække op").of(TABLES)).isZero();
        assertThat(fit(List.of("regnskab"), "Tjener").coverage(NEED, List.of()).share()).isZero();
    }
}
