package dk.jobmatch.evaluation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The AUC on cases small enough to count the pairs by hand, and its bootstrap interval. */
class AucTest {

    @Test
    void perfectSeparationIsOneAndTheReverseZero() {
        assertThat(Auc.of(new double[] {0.9, 0.8}, new double[] {0.1, 0.2})).isEqualTo(1.0);
        assertThat(Auc.of(new double[] {0.1, 0.2}, new double[] {0.9, 0.8})).isEqualTo(0.0);
    }

    @Test
    void allEqualIsOneHalf() {
        assertThat(Auc.of(new double[] {0.4, 0.4, 0.4}, new double[] {0.4, 0.4})).isEqualTo(0.5);
    }

    @Test
    void tiesCountOneHalf() {
        // 0.5 v 0.5 tie (1/2), 0.5 v 0.3 win, 0.7 v 0.5 win, 0.7 v 0.3 win: 3.5 of 4.
        assertThat(Auc.of(new double[] {0.5, 0.7}, new double[] {0.5, 0.3})).isEqualTo(0.875);
        // 1 v 2 loss, 1 v 4 loss, 2 v 2 tie, 2 v 4 loss, 3 v 2 win, 3 v 4 loss: 1.5 of 6.
        assertThat(Auc.of(new double[] {3, 1, 2}, new double[] {4, 2})).isEqualTo(0.25);
    }

    @Test
    void anEmptyClassHasNoAuc() {
        assertThat(Auc.of(new double[] {}, new double[] {0.3})).isNaN();
        assertThat(Auc.bootstrap(new double[] {0.3}, new double[] {}, 100, 1).low()).isNaN();
    }

    @Test
    void theBootstrapIsRepeatableAndWideForFewPlacements() {
        double[] good = {0.9, 0.7, 0.6, 0.4};
        double[] bad = {0.8, 0.5, 0.3, 0.2};
        Auc.Interval once = Auc.bootstrap(good, bad, 1000, 20);
        assertThat(Auc.bootstrap(good, bad, 1000, 20)).isEqualTo(once);
        assertThat(once.low()).isLessThan(Auc.of(good, bad)).isLessThan(0.5);
        assertThat(once.high()).isGreaterThan(Auc.of(good, bad));
        assertThat(Auc.bootstrap(new double[] {1, 1}, new double[] {0, 0}, 200, 20).low()).isCloseTo(1, within(0.0));
    }
}
