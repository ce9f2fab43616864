package dev.alphabench.sweep;

import dev.alphabench.data.TrainingData;
import dev.alphabench.model.NetworkFactory;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.train.Trainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The harness measured against itself: the samples/s the {@link Trainer} reports for a cell versus a
 * bare DL4J loop over the same network configuration and data, with every epoch's minibatches built
 * up front and one clock around all the fit calls. Rounds alternate the order (AB, BA, ...) so drift
 * on a shared machine hits both sides alike.
 */
public final class Overhead {
    /** One round: samples/s reported by the Trainer, and measured around the bare loop. */
    public record Round(double harness, double bare) {
        public double ratio() {
            return harness / bare;
        }
    }

    /** Medians over rounds; {@code ratio} is median(harness) / median(bare). */
    public record Summary(List<Round> rounds, double harness, double bare, double ratio, double medianPairedRatio) {
    }

    private Overhead() {
    }

    public static Summary run(Scenario s, long seed, int warmup, int rounds, java.util.function.Consumer<Round> onRound) {
        List<Round> done = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double harness;
            double bare;
            if (r % 2 == 0) {
                harness = harness(s, seed, warmup);
                bare = bare(s, seed, warmup);
            } else {
                bare = bare(s, seed, warmup);
                harness = harness(s, seed, warmup);
            }
            Round round = new Round(harness, bare);
            done.add(round);
            onRound.accept(round);
        }
        double h = median(done.stream().mapToDouble(Round::harness).toArray());
        double b = median(done.stream().mapToDouble(Round::bare).toArray());
        return new Summary(done, h, b, h / b, median(done.stream().mapToDouble(Round::ratio).toArray()));
    }

    public static double harness(Scenario s, long seed, int warmup) {
        return new Trainer().train(s, Trainer.Options.seed(seed).withWarmup(warmup)).samplesPerSecond();
    }

    /** The reference: plain MultiLayerNetwork.fit over prepared DataSets, nothing else in the clock. */
    public static double bare(Scenario s, long seed, int warmup) {
        // the Trainer's convention: warm-up counts samples for stateful (one fit = the whole sequence)
        int warmupFits = s.stateful() ? (warmup + s.samples() - 1) / s.samples() : warmup;
        fitAll(NetworkFactory.build(s, seed + 1), batches(s, seed + 1, 1 + warmupFits / perEpoch(s)), warmupFits);
        Nd4j.getRandom().setSeed(seed);
        MultiLayerNetwork net = NetworkFactory.build(s, seed);
        List<DataSet> batches = batches(s, seed, s.epochs());
        long start = System.nanoTime();
        fitAll(net, batches, Integer.MAX_VALUE);
        Nd4j.getExecutioner().commit();
        long nanos = System.nanoTime() - start;
        return (double) s.samples() * s.epochs() / (nanos / 1e9);
    }

    private static void fitAll(MultiLayerNetwork net, List<DataSet> batches, int limit) {
        int n = 0;
        for (DataSet b : batches) {
            if (n++ >= limit) {
                break;
            }
            net.fit(b);
        }
    }

    private static int perEpoch(Scenario s) {
        return s.stateful() ? 1 : (s.samples() + s.batchSize() - 1) / s.batchSize();
    }

    /** Every epoch's minibatches, shuffled with a seeded Random as a DL4J user would, via DataSet.merge. */
    static List<DataSet> batches(Scenario s, long seed, int epochs) {
        DataSet all = TrainingData.of(s, seed).all();
        List<DataSet> out = new ArrayList<>();
        if (s.stateful()) {
            for (int e = 0; e < epochs; e++) {
                out.add(all);
            }
            return out;
        }
        List<DataSet> examples = new ArrayList<>(all.asList());
        Random random = new Random(seed);
        for (int e = 0; e < epochs; e++) {
            if (s.shuffle()) {
                Collections.shuffle(examples, random);
            }
            for (int from = 0; from < examples.size(); from += s.batchSize()) {
                List<DataSet> part = examples.subList(from, Math.min(examples.size(), from + s.batchSize()));
                out.add(part.size() == 1 ? part.get(0) : DataSet.merge(part));
            }
        }
        return out;
    }

    private static double median(double[] values) {
        return new Median().evaluate(values);
    }
}
