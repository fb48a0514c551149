package dk.jobmatch.evaluation;

import dk.jobmatch.support.ApiTestSupport;
import dk.jobmatch.support.ServerTest;
import dk.jobmatch.support.TestClock;
import dk.jobmatch.support.TestData;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weight evaluation on placements made and ended through the API: six HIRED near the
 * workplace, six STOPPED with TASKS_UNSUITABLE far from it, and competences spread evenly over
 * both (half of each have the need's competences), so distance tells them apart and competence
 * does not, while at the current weights competence and task fit outweigh distance. Besides: one
 * course still running, one stopped for health, and one HIRED whose citizen was then erased, which
 * takes the placement with it (the agreements go with the profile), so it is not counted at all.
 */
@ServerTest
class WeightEvaluationApiTest extends ApiTestSupport {

    private static final double WORK_LAT = 57.441;
    private static final double WORK_LON = 10.537;
    private static boolean placed;

    @Inject
    WeightEvaluation evaluation;
    @Inject
    TestClock clock;

    @BeforeEach
    void placements() {
        if (placed) {
            return;
        }
        placed = true;
        String employerId = api.createEmployer(consultant, "Pakkeriet " + UUID.randomUUID(), TestData.randomCvr());
        for (int i = 0; i < 6; i++) {
            boolean competent = i % 2 == 0;
            end(place(employerId, 0.004, competent), "HIRED", null);
            end(place(employerId, 0.16, competent), "STOPPED", "TASKS_UNSUITABLE");
        }
        place(employerId, 0.004, true);
        end(place(employerId, 0.004, true), "STOPPED", "CITIZEN_HEALTH");
        String erased = place(employerId, 0.004, true);
        end(erased, "HIRED", null);
        String citizenId = api.as(consultant).get("/api/v1/agreements/" + erased).then().statusCode(200)
                .extract().path("citizenId");
        api.as(consultant).delete("/api/v1/citizens/" + citizenId).then().statusCode(204);
    }

    @Test
    void thePartThatSeparatedTheOutcomesScoresHighAndGainsWeightAndNothingIsWritten() {
        String footprint = tables.writeFootprint();

        Evaluation result = evaluation.evaluate(5);

        assertThat(tables.writeFootprint()).as("the evaluation only reads").isEqualTo(footprint);
        assertThat(result.outcomes()).containsEntry(Outcome.HIRED, 6).containsEntry(Outcome.TASKS_UNSUITABLE, 6)
                .containsEntry(Outcome.RUNNING, 1).containsEntry(Outcome.OTHER_ENDING, 1);
        assertThat(result.citizenGone() + result.needGone() + result.notScorable()).isZero();
        assertThat(result.score().good()).isEqualTo(6);
        assertThat(result.score().bad()).isEqualTo(6);
        assertThat(part(result, "distance").auc()).isEqualTo(1.0);
        assertThat(part(result, "competence").auc()).isEqualTo(0.5);
        assertThat(result.score().auc()).as("at the current weights competence blurs the score").isLessThan(1.0);
        assertThat(result.score().low()).isLessThanOrEqualTo(result.score().auc());

        assertThat(result.suggestion()).isNotNull();
        assertThat(result.suggestion().weights().distance()).isGreaterThan(result.current().distance());
        assertThat(result.suggestion().auc()).isGreaterThanOrEqualTo(result.score().auc());
        assertThat(WeightReport.markdown(result))
                .contains(String.format(Locale.ROOT, "| distance | %.2f | 6 | 6 | 1.000 |", result.current().distance()))
                .contains("### Suggested weights");
    }

    @Test
    void withTooFewPlacementsNoWeightsAreSuggestedAndTheReportSaysWhy() {
        Evaluation result = evaluation.evaluate(WeightEvaluation.MINIMUM_PER_CLASS);

        assertThat(result.suggestion()).isNull();
        assertThat(result.refusal()).contains("6 good and 6 bad").contains("at least 20 of each");
        assertThat(WeightReport.markdown(result)).contains("No weights suggested").doesNotContain("### Suggested");
        assertThat(part(result, "distance").auc()).as("the AUCs are still reported").isEqualTo(1.0);
    }

    private static Evaluation.Measure part(Evaluation result, String name) {
        return result.parts().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** An ACTIVE agreement on a need of one packing task, for a citizen {@code north} degrees north of it. */
    private String place(String employerId, double north, boolean competent) {
        String needId = api.createNeed(consultant, employerId, TestData.need("Pakning " + UUID.randomUUID(),
                TestData.task("Pakning", 8, "pakning", "lagerarbejde")));
        Map<String, Object> citizen = TestData.citizen(TestData.randomExternalRef());
        citizen.put("competences", competent ? List.of("pakning", "lagerarbejde") : List.of("bogføring"));
        citizen.put("location", Map.of("postcode", "9900", "lat", WORK_LAT + north, "lon", WORK_LON));
        String citizenId = api.createCitizen(consultant, citizen);
        return api.activeAgreement(consultant, citizenId, needId, LocalDate.now(clock).toString());
    }

    private void end(String agreementId, String type, String reasonCode) {
        api.event(consultant, agreementId, type, LocalDate.now(clock).toString(), reasonCode);
    }
}
