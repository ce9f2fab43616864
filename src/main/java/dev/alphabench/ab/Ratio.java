package dev.alphabench.ab;

import dev.alphabench.stats.Statistics;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A ratio current/base of samples/s with its 95% interval, from interleaved rounds: in each round the
 * two sides of a cell ran back to back, so each round gives one paired ratio (median of the current
 * JVM's repetitions over the base's), and a drift of the machine between rounds cancels. A cell's
 * ratio is the geometric mean of its rounds' ratios; the suite's the geometric mean over cells. The
 * interval is a percentile bootstrap over rounds: the rounds are resampled with replacement
 * ({@value #RESAMPLES} times, fixed seed: the same data give the same interval), the same rounds for
 * every cell at once, so what a round did to all cells stays together. Medians and quantiles are
 * {@link Statistics}'; its unpaired {@link Statistics#ratioInterval} would pool the rounds and keep the drift.
 */
public record Ratio(double value, double low, double high) {
    static final int RESAMPLES = 2000;
    private static final long SEED = 20261129L;

    /** True when the whole interval lies below 1 (the difference is beyond the noise the rounds show). */
    public boolean significantlyBelowOne() {
        return high < 1;
    }

    public boolean significantlyAboveOne() {
        return low > 1;
    }

    /** ln(median(current) / median(base)): one round's paired ratio, on the log scale. */
    public static double logRatio(double[] base, double[] current) {
        return Math.log(median(current) / median(base));
    }

    /**
     * The geometric mean over cells and rounds of paired ratios; {@code logRatios[cell][round]} (every
     * cell with the same rounds, at least one).
     */
    public static Ratio of(double[][] logRatios) {
        int rounds = logRatios.length == 0 ? 0 : logRatios[0].length;
        if (rounds == 0 || Arrays.stream(logRatios).anyMatch(r -> r.length != rounds)) {
            throw new IllegalArgumentException("every cell needs the same rounds, at least one");
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[] stats = new double[RESAMPLES];
        int[] pick = new int[rounds];
        for (int s = 0; s < RESAMPLES; s++) {
            for (int i = 0; i < rounds; i++) {
                pick[i] = random.nextInt(rounds);
            }
            stats[s] = geometricMean(logRatios, pick);
        }
        int[] all = new int[rounds];
        Arrays.setAll(all, i -> i);
        return new Ratio(geometricMean(logRatios, all), Statistics.quantile(stats, 0.025), Statistics.quantile(stats, 0.975));
    }

    private static double geometricMean(double[][] logRatios, int[] rounds) {
        double sum = 0;
        for (double[] cell : logRatios) {
            for (int r : rounds) {
                sum += cell[r];
            }
        }
        return Math.exp(sum / (logRatios.length * rounds.length));
    }

    public static double median(double[] values) {
        return Statistics.median(values);
    }
}
