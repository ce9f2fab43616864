package dev.alphabench.ab;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A ratio current/base of median samples/s with its 95% percentile-bootstrap interval: each side's
 * samples are resampled with replacement, independently, {@value #RESAMPLES} times, with a fixed seed
 * (the same data give the same interval). The suite's ratio is the geometric mean of its cells' ratios,
 * its interval from the same resamples of every cell at once.
 */
public record Ratio(double value, double low, double high) {
    static final int RESAMPLES = 2000;
    private static final long SEED = 20261129L;

    /** True when the whole interval lies below 1 (the difference is beyond the noise the samples show). */
    public boolean significantlyBelowOne() {
        return high < 1;
    }

    public boolean significantlyAboveOne() {
        return low > 1;
    }

    /** The ratio of the medians of {@code current} and {@code base} (each non-empty). */
    public static Ratio ofMedians(double[] base, double[] current) {
        return suite(List.of(base), List.of(current));
    }

    /** The geometric mean over cells of the median ratios; {@code bases.get(i)} and {@code currents.get(i)} are cell i. */
    public static Ratio suite(List<double[]> bases, List<double[]> currents) {
        if (bases.isEmpty() || bases.size() != currents.size()
                || bases.stream().anyMatch(a -> a.length == 0) || currents.stream().anyMatch(a -> a.length == 0)) {
            throw new IllegalArgumentException("every cell needs samples on both sides");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] stats = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double logSum = 0;
            for (int c = 0; c < bases.size(); c++) {
                logSum += Math.log(median(resample(currents.get(c), random)) / median(resample(bases.get(c), random)));
            }
            stats[r] = Math.exp(logSum / bases.size());
        }
        Arrays.sort(stats);
        double logSum = 0;
        for (int c = 0; c < bases.size(); c++) {
            logSum += Math.log(median(currents.get(c)) / median(bases.get(c)));
        }
        return new Ratio(Math.exp(logSum / bases.size()), stats[(int) Math.floor(0.025 * (RESAMPLES - 1))],
                stats[(int) Math.ceil(0.975 * (RESAMPLES - 1))]);
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static double[] resample(double[] values, SplittableRandom random) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[random.nextInt(values.length)];
        }
        return out;
    }
}
