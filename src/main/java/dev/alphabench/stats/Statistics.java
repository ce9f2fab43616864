package dev.alphabench.stats;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;

/**
 * The statistics every report and verdict uses, so a median means the same everywhere: the mean of
 * the two middle values for an even count, NaN for no values. NaN inputs are the caller's to drop.
 */
public final class Statistics {
    /** Resamples for {@link #ratioInterval}; with the fixed seed the interval is the same on every run. */
    static final int RESAMPLES = 2000;
    static final long SEED = 20261129L;

    private Statistics() {
    }

    /** A two-sided confidence interval around a point estimate. */
    public record Interval(double estimate, double lower, double upper, double confidence) {
        public boolean contains(double v) {
            return v >= lower && v <= upper;
        }
    }

    public static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /** The p-quantile (0 &lt; p &le; 1), interpolated as commons-math's default; NaN when empty. */
    public static double quantile(double[] values, double p) {
        return values.length == 0 ? Double.NaN : new Percentile().evaluate(values, 100 * p);
    }

    public static double min(double[] values) {
        return Arrays.stream(values).min().orElse(Double.NaN);
    }

    public static double max(double[] values) {
        return Arrays.stream(values).max().orElse(Double.NaN);
    }

    /**
     * median(current) / median(baseline) with a percentile-bootstrap interval: both samples resampled
     * with replacement {@value #RESAMPLES} times from a fixed seed. NaN bounds when either sample is empty.
     */
    public static Interval ratioInterval(double[] baseline, double[] current, double confidence) {
        double estimate = median(current) / median(baseline);
        if (baseline.length == 0 || current.length == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN, confidence);
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] ratios = new double[RESAMPLES];
        for (int i = 0; i < RESAMPLES; i++) {
            ratios[i] = median(resample(current, random)) / median(resample(baseline, random));
        }
        double tail = (1 - confidence) / 2;
        return new Interval(estimate, quantile(ratios, tail), quantile(ratios, 1 - tail), confidence);
    }

    /** One-sided Mann-Whitney p-value that current is slower than baseline (the two-sided p halved). */
    public static double slowerPValue(double[] baseline, double[] current) {
        double twoSided = new MannWhitneyUTest().mannWhitneyUTest(baseline, current);
        return median(current) < median(baseline) ? twoSided / 2 : 1 - twoSided / 2;
    }

    private static double[] resample(double[] values, SplittableRandom random) {
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = values[random.nextInt(values.length)];
        }
        return out;
    }
}
