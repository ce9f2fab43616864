package dev.alphabench.sweep;

import dev.alphabench.backend.PointerGc;
import dev.alphabench.data.Sequences;
import dev.alphabench.data.TrainingData;
import dev.alphabench.model.NetworkFactory;
import dev.alphabench.scenario.Kind.Stateful;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.train.Trainer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The harness measured against itself, in one JVM: short blocks of epochs trained alternately
 * through the sweep's own epoch loop ({@link Trainer.Session}) and through a bare DL4J loop on a
 * second network of the same configuration and data, in ABBA order (harness-bare, bare-harness,
 * ...). Each pair gives one ratio, harness samples/s / bare samples/s; slow drift on a shared
 * machine hits both blocks of a pair alike. The result is the median ratio with a distribution-free
 * confidence interval (order statistics) and a verdict against the 2% target, for the wall clock
 * (what the sweep reports) and for the training thread's CPU time over the same timed regions
 * (which time stolen by other processes does not reach).
 */
public final class Overhead {
    /** The target: the harness reaches at least 98% of the bare loop's samples/s. */
    public static final double TARGET = 0.98;
    public static final double CONFIDENCE = 0.95;

    public enum Verdict {
        WITHIN("within 2%"), NOT_RESOLVED("not resolved"), SLOWER("harness slower");

        private final String text;

        Verdict(String text) {
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

    /** The measured pairs (warm-up excluded); interval and verdict of the wall-clock and of the CPU-time ratios. */
    public record Summary(List<Pair> pairs, Interval ratio, Verdict verdict, Interval cpuRatio, Verdict cpuVerdict) {
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
    public static Summary measure(Side harness, Side bare, long samplesPerBlock, int warmupPairs, int pairs,
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
        return new Summary(List.copyOf(measured), ci, verdict(ci), cpuCi, verdict(cpuCi));
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
    public static Verdict verdict(Interval ci) {
        if (!ci.defined()) {
            return Verdict.NOT_RESOLVED;
        }
        if (ci.lower() >= TARGET) {
            return Verdict.WITHIN;
        }
        if (ci.upper() < TARGET) {
            return Verdict.SLOWER;
        }
        return Verdict.NOT_RESOLVED;
    }

    /** commons-math's median (mean of the middle two for an even count); NaN when empty. */
    static double median(double[] values) {
        return new Median().evaluate(values);
    }

    /**
     * The two sides for one cell. The harness side is a {@link Trainer.Session} (the loop
     * {@code Trainer.train} runs, time-to-target checks every {@code evalEvery} epochs included);
     * its block time is the sum of the epoch times it reports. The bare side is a second network
     * from the same {@link NetworkFactory} configuration and seed, on the same examples.
     */
    public static final class Cell {
        private final Trainer.Session session;
        private final BareLoop bare;
        private final int blockEpochs;

        public Cell(Scenario s, long seed, int blockEpochs, int blocksPerSide, int evalEvery) {
            this.blockEpochs = blockEpochs;
            this.session = Trainer.Session.start(s.withEpochs(blockEpochs * blocksPerSide), seed, evalEvery);
            this.bare = new BareLoop(s, seed, blockEpochs);
        }

        public Side harness() {
            return () -> {
                long nanos = 0;
                long cpu = session.cpuNanos();
                for (int e = 0; e < blockEpochs; e++) {
                    nanos += session.nextEpoch();
                }
                return new Block(nanos, session.cpuNanos() - cpu);
            };
        }

        public Side bare() {
            return bare;
        }

        public long samplesPerBlock() {
            return (long) session.prepared().data().samplesPerEpoch() * blockEpochs;
        }

        public Trainer.Session session() {
            return session;
        }

        /** Largest absolute difference between the two networks' parameters (0: they did identical work). */
        public double parameterDifference() {
            return session.prepared().net().params().sub(bare.net.params()).amaxNumber().doubleValue();
        }
    }

    /**
     * What a DL4J user writes: per epoch, shuffle the list of example DataSets with a seeded Random
     * and fit them one minibatch at a time ({@code DataSet.merge} for batches above 1); one clock
     * around all fit calls of the block, and one {@code commit()} before it stops. The block's
     * minibatch list is built before the clock starts, as the harness builds each epoch's. The
     * thread's CPU clock is read just outside the wall clock, as {@link Trainer.Session} does.
     */
    static final class BareLoop implements Side {
        final MultiLayerNetwork net;
        private final Scenario scenario;
        private final List<DataSet> examples;
        private final DataSet all;
        private final Random random;
        private final int blockEpochs;

        BareLoop(Scenario s, long seed, int blockEpochs) {
            TrainingData data = s.data(seed);
            this.scenario = s;
            this.blockEpochs = blockEpochs;
            this.all = data.all();
            this.examples = new ArrayList<>();
            if (!(s.kind() instanceof Stateful)) {
                for (Sequences.Example e : data.examples()) {
                    examples.add(s.layout().encode(e, s.window()));
                }
            }
            this.random = new Random(seed);
            Nd4j.getRandom().setSeed(seed);
            this.net = s.network(seed);
        }

        List<DataSet> nextBlock() {
            List<DataSet> fits = new ArrayList<>();
            for (int e = 0; e < blockEpochs; e++) {
                if (scenario.kind() instanceof Stateful) {
                    fits.add(all);
                    continue;
                }
                List<DataSet> order = new ArrayList<>(examples);
                if (scenario.shuffle()) {
                    Collections.shuffle(order, random);
                }
                for (int from = 0; from < order.size(); from += scenario.batchSize()) {
                    List<DataSet> part = order.subList(from, Math.min(order.size(), from + scenario.batchSize()));
                    fits.add(part.size() == 1 ? part.get(0) : DataSet.merge(part));
                }
            }
            return fits;
        }

        @Override
        public Block block() {
            List<DataSet> fits = nextBlock();
            long cpu = Trainer.threadCpuNanos();
            long start = System.nanoTime();
            for (DataSet d : fits) {
                // the bare loop frees JavaCPP's pointers the same way the harness does (backend/PointerGc)
                PointerGc.run(() -> net.fit(d));
            }
            Nd4j.getExecutioner().commit();
            long nanos = System.nanoTime() - start;
            return new Block(nanos, Trainer.threadCpuNanos() - cpu);
        }
    }
}
