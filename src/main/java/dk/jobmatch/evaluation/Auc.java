package dk.jobmatch.evaluation;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The area under the ROC curve of a score that should be higher for good outcomes: the chance that
 * a random good one scores above a random bad one, ties counting one half (the Mann-Whitney U over
 * the product of the two counts). 0.5 is no better than chance; below 0.5 the score points the
 * wrong way.
 */
final class Auc {

    /** A percentile interval; NaN when the AUC is undefined (a class is empty). */
    record Interval(double low, double high) {
    }

    private Auc() {
    }

    /** The AUC; NaN when either class is empty. */
    static double of(double[] good, double[] bad) {
        if (good.length == 0 || bad.length == 0) {
            return Double.NaN;
        }
        double[] g = good.clone();
        double[] b = bad.clone();
        Arrays.sort(g);
        Arrays.sort(b);
        // Both sorted: for each good score, the bad ones below it and those equal to it.
        int below = 0;
        int atMost = 0;
        double u = 0;
        for (double score : g) {
            while (below < b.length && b[below] < score) {
                below++;
            }
            while (atMost < b.length && b[atMost] <= score) {
                atMost++;
            }
            u += below + 0.5 * (atMost - below);
        }
        return u / ((double) g.length * b.length);
    }

    /**
     * The 95 % percentile bootstrap interval: {@code rounds} resamples of each class with
     * replacement (each class keeps its size), from a fixed seed, so a run is repeatable and a
     * small sample shows how little it says.
     */
    static Interval bootstrap(double[] good, double[] bad, int rounds, long seed) {
        if (good.length == 0 || bad.length == 0) {
            return new Interval(Double.NaN, Double.NaN);
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] aucs = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            aucs[round] = of(resample(good, random), resample(bad, random));
        }
        Arrays.sort(aucs);
        return new Interval(aucs[(int) Math.floor(0.025 * (rounds - 1))], aucs[(int) Math.ceil(0.975 * (rounds - 1))]);
    }

    private static double[] resample(double[] values, SplittableRandom random) {
        double[] sample = new double[values.length];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = values[random.nextInt(values.length)];
        }
        return sample;
    }
}
