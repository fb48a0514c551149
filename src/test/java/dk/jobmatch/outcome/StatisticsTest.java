package dk.jobmatch.outcome;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The percentiles are PostgreSQL's percentile_cont: linear between the nearest ranks. */
class StatisticsTest {

    @Test
    void theMedianOfAnOddCountIsTheMiddleValueAndOfAnEvenCountTheMeanOfTheTwoMiddleOnes() {
        assertThat(Statistics.median(List.of(9, 1, 5))).isEqualTo(5);
        assertThat(Statistics.median(List.of(6, 10, 7, 8))).isEqualTo(7.5);
        assertThat(Statistics.median(List.of(42))).isEqualTo(42);
    }

    @Test
    void aPercentileInterpolatesBetweenTheNearestRanks() {
        // percentile_cont(0.75) over 10 30 50 55 60 90 200: position 4.5, between 60 and 90.
        assertThat(Statistics.percentile(List.of(200, 10, 30, 50, 55, 60, 90), 0.75)).isEqualTo(75);
        // Over 1 2 3 4: position 2.25 -> 3.25.
        assertThat(Statistics.percentile(List.of(4, 3, 2, 1), 0.75)).isEqualTo(3.25);
        assertThat(Statistics.percentile(List.of(4, 3, 2, 1), 0)).isEqualTo(1);
        assertThat(Statistics.percentile(List.of(4, 3, 2, 1), 1)).isEqualTo(4);
    }

    @Test
    void meansAndRoundingHalfUp() {
        assertThat(Statistics.mean(List.of(40, 50, 45, 55, 60, 35))).isEqualTo(47.5);
        assertThat(Statistics.round(47.25, 1)).isEqualTo(47.3);
        assertThat(Statistics.round(5.0 / 7, 3)).isEqualTo(0.714);
    }

    @Test
    void nothingHasNoPercentile() {
        assertThatThrownBy(() -> Statistics.median(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Statistics.mean(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Statistics.percentile(List.of(1), 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
