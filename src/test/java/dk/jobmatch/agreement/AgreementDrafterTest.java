package dk.jobmatch.agreement;

import dk.jobmatch.citizen.MeasuredCapacity;
import dk.jobmatch.vocabulary.HourRange;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a new draft starts when a follow-up has measured the citizen. */
class AgreementDrafterTest {

    static final HourRange LEFT = new HourRange(6, 12);
    static final HourRange NEED = new HourRange(5, 15);

    @Test
    void withoutAMeasurementTheTasksHoursStand() {
        assertThat(AgreementDrafter.startHours(null, 10, LEFT, NEED)).isEqualTo(10);
    }

    @Test
    void fromTheMeasuredHoursRoundedDownToHalfHours() {
        assertThat(AgreementDrafter.startHours(measured(8.7), 12, LEFT, NEED)).isEqualTo(8.5);
        assertThat(AgreementDrafter.startHours(measured(9), 12, LEFT, NEED)).isEqualTo(9);
    }

    @Test
    void neverAboveTheTasksTheHoursLeftOrTheNeedsMaximum() {
        assertThat(AgreementDrafter.startHours(measured(14), 10, LEFT, NEED)).as("the tasks' hours").isEqualTo(10);
        assertThat(AgreementDrafter.startHours(measured(14), 14, new HourRange(0, 7.5), NEED)).isEqualTo(7.5);
        assertThat(AgreementDrafter.startHours(measured(14), 14, LEFT, new HourRange(5, 11))).isEqualTo(11);
    }

    @Test
    void notBelowTheHigherMinimumWhileTheCeilingsAllowIt() {
        assertThat(AgreementDrafter.startHours(measured(3), 12, LEFT, NEED)).as("the citizen's 6").isEqualTo(6);
        assertThat(AgreementDrafter.startHours(measured(3), 12, new HourRange(0, 12), NEED)).as("the need's 5")
                .isEqualTo(5);
        assertThat(AgreementDrafter.startHours(measured(3), 4, new HourRange(0, 12), NEED)).as("tasks of 4 h")
                .isEqualTo(4);
        assertThat(AgreementDrafter.startHours(measured(0), 12, new HourRange(0, 12), new HourRange(0.25, 15)))
                .isEqualTo(0.5);
    }

    @Test
    void nothingLeftLeavesTheTasksHoursForTheChecksToRefuse() {
        assertThat(AgreementDrafter.startHours(measured(8), 6, new HourRange(0, 0), NEED)).isEqualTo(6);
    }

    private static MeasuredCapacity measured(double hours) {
        return new MeasuredCapacity(hours, 80, LocalDate.of(2027, 2, 1), "a1");
    }
}
