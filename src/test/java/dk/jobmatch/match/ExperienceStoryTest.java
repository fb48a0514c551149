package dk.jobmatch.match;

import dk.jobmatch.citizen.Citizen;
import dk.jobmatch.citizen.JobGoal;
import dk.jobmatch.employer.Need;
import dk.jobmatch.employer.Task;
import dk.jobmatch.vocabulary.ConceptTerms;
import dk.jobmatch.vocabulary.HourRange;
import dk.jobmatch.vocabulary.NeedStatus;
import dk.jobmatch.vocabulary.PlacementType;
import dk.jobmatch.vocabulary.TargetGroup;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The experience's concepts as weak evidence (issue 24, "Scoring by trade"): a wanted phrase that
 * only the experience's free text names, by concept, earns {@link CompetenceFit#STORY} of the
 * concept's credit; a competence or a shared word earns more, as before. The phrases' terms are
 * written out (a concept term is "@" and its id), so the rule is tested alone.
 */
class ExperienceStoryTest {

    private static final String PERSONAL_CARE = ConceptTerms.term("care.personlig-pleje");
    private static final Map<String, Set<String>> TERMS = Map.of(
            "personlig pleje", Set.of("personlig", "pleje", PERSONAL_CARE),
            "Passede min far derhjemme og fik ham i bad og i tøjet", Set.of("passe", "far", "bad", "tøj", PERSONAL_CARE),
            "hjælpe med bad", Set.of("hjælpe", "bad", PERSONAL_CARE),
            "Mødestabil", Set.of("mødestabil"),
            "Noget med mennesker", Set.of("noget", "menneske"),
            "Morgenhjælp", Set.of("morgenhjælp", "morgen", "hjælp"));
    private static final Function<String, Set<String>> READ = text -> TERMS.getOrDefault(text, Set.of());

    private static final Task CARE = new Task("t1", "Morgenhjælp", null, 6, List.of("personlig pleje"),
            Set.of(), Set.of(), 1, 0);
    private static final Need NEED = new Need("n1", "e1", "Morgenhjælp", null, PlacementType.TRAENING,
            NeedStatus.OPEN, new HourRange(6, 15), Set.of(), Set.of(), List.of(CARE), Fixtures.NOW, Fixtures.NOW);

    private static CompetenceFit fit(List<String> competences, String experience) {
        Citizen citizen = new Citizen("c1", "sag-1", "Borger 1", TargetGroup.FLEKSJOB, competences, experience,
                List.of(new JobGoal(JobGoal.Priority.A, "Noget med mennesker")), Set.of(), Set.of(), null,
                new HourRange(6, 12), 75, null, 20.0, true, Fixtures.NOW, Fixtures.NOW, 0, null);
        return CompetenceFit.of(citizen, READ, ConceptCredit.danish());
    }

    @Test
    void aConceptTheExperienceNamesEarnsTheStorysShare() {
        // The words "personlig", "pleje" are not in the story: only its concept names the care.
        CompetenceFit fit = fit(List.of("Mødestabil"), "Passede min far derhjemme og fik ham i bad og i tøjet");
        assertThat(fit.of(CARE)).isEqualTo(CompetenceFit.STORY);
        CompetenceFit.Coverage coverage = fit.coverage(NEED, List.of(CARE));
        assertThat(coverage.share()).isEqualTo(CompetenceFit.STORY);
        assertThat(coverage.covered()).containsExactly("personlig pleje ~ " + CompetenceFit.STORY_NAME);
    }

    @Test
    void withoutTheExperienceNothingAndACompetenceStillCountsFully() {
        assertThat(fit(List.of("Mødestabil"), null).of(CARE)).isZero();
        // A competence naming the concept counts fully: the story only adds where it is more.
        assertThat(fit(List.of("hjælpe med bad"), "Passede min far derhjemme og fik ham i bad og i tøjet").of(CARE))
                .isEqualTo(1);
    }
}
