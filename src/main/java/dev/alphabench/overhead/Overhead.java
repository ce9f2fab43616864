package dev.alphabench.overhead;

import dev.alphabench.stats.Statistics;
import dev.alphabench.train.Trainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The harness measured against itself, in one JVM: short blocks of epochs trained alternately
 * through the sweep's own epoch loop ({@link Trainer.Session}) and through a bare DL4J loop on a
 * second network of the same configuration and data, in ABBA order (harness-bare, bare-harness,
 * ...). Each pair gives one ratio, harness samples/s / bare samples/s; slow drift on a shared
 * machine hits both blocks of a pair alike. The result is the median ratio with a distribution-free
 * confidence interval (order statistics) and an outcome against the 2% target, for the wall clock
 * (what the sweep reports) and for the training thread's CPU time over the same timed regions
 * (which time stolen by other processes does not reach).
 */
public final class Overhead {
    /** The target: the harness reaches at least 98% of the bare loop's samples/s. */
    public static final double TARGET = 0.98;
    public static final double CONFIDENCE = 0.95;

    public enum Outcome {
        WITHIN("within 2%"), NOT_RESOLVED("not resolved"), SLOWER("harness slower");

        private final String text;

        Outcome(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** The timed wall-clock nanoseconds of one block, and the training thread's CPU nanoseconds over them. */
    public record Block(long nanos, long cpuNanos) {
    }

    /** One side of the comparison: trains one block and returns its times. */
    @FunctionalInterface
    public interface Side {
        Block block();
    }

    /** One harness block and one bare block, each of {@code samples} samples. */
    public record Pair(int index, boolean warmup, boolean harnessFirst, Block harnessBlock, Block bareBlock, long samples) {
        public double harness() {
            return samples / (harnessBlock.nanos() / 1e9);
        }

        public double bare() {
            return samples / (bareBlock.nanos() / 1e9);
        }

        /** harness samples/s / bare samples/s (= bare time / harness time). */
        public double ratio() {
            return (double) bareBlock.nanos() / harnessBlock.nanos();
        }

        /** The same ratio in training-thread CPU time; NaN when the JVM cannot measure it. */
        public double cpuRatio() {
            return harnessBlock.cpuNanos() > 0 && bareBlock.cpuNanos() > 0
                    ? (double) bareBlock.cpuNanos() / harnessBlock.cpuNanos() : Double.NaN;
        }
    }

    /**
     * The median and a distribution-free confidence interval for it: the order statistics of ranks
     * {@code lowerRank} and {@code upperRank} (1-based), which cover the true median with probability
     * {@code coverage} (binomial(n, 1/2), at least the confidence asked for). Bounds are NaN when
     * there are too few values for that confidence (fewer than 6 at 95%).
     */
    public record Interval(double median, double lower, double upper, int lowerRank, int upperRank, double coverage) {
        public boolean defined() {
            return !Double.isNaN(lower) && !Double.isNaN(upper);
        }
    }

    /** The measured pairs (warm-up excluded); interval and outcome of the wall-clock and of the CPU-time ratios. */
    public record Result(List<Pair> pairs, Interval ratio, Outcome outcome, Interval cpuRatio, Outcome cpuOutcome) {
        public double medianHarness() {
            return median(pairs.stream().mapToDouble(Pair::harness).toArray());
        }

        public double medianBare() {
            return median(pairs.stream().mapToDouble(Pair::bare).toArray());
        }
    }

    private Overhead() {
    }

    /** ABBA: even pairs run the harness block first, odd pairs the bare block first. */
    public static boolean harnessFirst(int pair) {
        return pair % 2 == 0;
    }

    /**
     * Runs {@code warmupPairs} pairs that are reported but not counted, then {@code pairs} measured
     * ones, each ordered by {@link #harnessFirst}; {@code onPair} sees every pair as it finishes.
     */
    public static Result measure(Side harness, Side bare, long samplesPerBlock, int warmupPairs, int pairs,
                                  Consumer<Pair> onPair) {
        List<Pair> measured = new ArrayList<>();
        for (int i = 0; i < warmupPairs + pairs; i++) {
            boolean warmup = i < warmupPairs;
            int index = warmup ? i : i - warmupPairs;
            boolean first = harnessFirst(i);
            Block h;
            Block b;
            if (first) {
                h = harness.block();
                b = bare.block();
            } else {
                b = bare.block();
                h = harness.block();
            }
            Pair pair = new Pair(index, warmup, first, h, b, samplesPerBlock);
            if (!warmup) {
                measured.add(pair);
            }
            onPair.accept(pair);
        }
        Interval ci = medianInterval(measured.stream().mapToDouble(Pair::ratio).toArray(), CONFIDENCE);
        double[] cpu = measured.stream().mapToDouble(Pair::cpuRatio).toArray();
        Interval cpuCi = Arrays.stream(cpu).anyMatch(Double::isNaN)
                ? new Interval(Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN) : medianInterval(cpu, CONFIDENCE);
        return new Result(List.copyOf(measured), ci, outcome(ci), cpuCi, outcome(cpuCi));
    }

    /**
     * The sample median and the usual distribution-free interval for the population median: with
     * the values sorted, [x(k), x(n+1-k)] for the largest k such that P(Binomial(n, 1/2) &lt; k) is at
     * most (1 - confidence) / 2.
     */
    public static Interval medianInterval(double[] values, double confidence) {
        double[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        double median = median(v);
        if (n == 0) {
            return new Interval(Double.NaN, Double.NaN, Double.NaN, 0, 0, Double.NaN);
        }
        BinomialDistribution b = new BinomialDistribution(n, 0.5);
        double tail = (1 - confidence) / 2;
        int k = 0;
        while (k + 1 <= (n + 1) / 2 && b.cumulativeProbability(k) <= tail) {
            k++;
        }
        if (k == 0) {
            return new Interval(median, Double.NaN, Double.NaN, 0, 0, Double.NaN);
        }
        return new Interval(median, v[k - 1], v[n - k], k, n + 1 - k, 1 - 2 * b.cumulativeProbability(k - 1));
    }

    /**
     * {@code WITHIN} when the whole interval is at or above {@link #TARGET} (the harness is not
     * measurably more than 2% slower), {@code SLOWER} when all of it is below, otherwise (or with
     * too few pairs for an interval) {@code NOT_RESOLVED}.
     */
    public static Outcome outcome(Interval ci) {
        if (!ci.defined()) {
            return Outcome.NOT_RESOLVED;
        }
        if (ci.lower() >= TARGET) {
            return Outcome.WITHIN;
        }
        if (ci.upper() < TARGET) {
            return Outcome.SLOWER;
        }
        return Outcome.NOT_RESOLVED;
    }

    static double median(double[] values) {
        return Statistics.median(values);
    }
}
