package dev.alphabench.train;

import dev.alphabench.backend.PointerGc;
import dev.alphabench.data.TrainingData;
import dev.alphabench.measure.CpuShare;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.settings.Settings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntConsumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The one training loop of alphabench; the CLI, the sweep and the JMH benchmarks all call it.
 *
 * <p>Only the fit calls are timed: each epoch's minibatches are prepared before its clock starts,
 * and evaluation (for time-to-target) runs after it stops. Device work is flushed before the
 * clock stops so asynchronous backends (CUDA) are measured, not merely queued. Warm-up runs on a
 * throw-away network so the measured network trains for exactly the scenario's budget.
 */
public final class Trainer {
    private final Settings settings;

    public Trainer(Settings settings) {
        this.settings = settings;
    }

    /**
     * @param seed          seeds weights, the variable-length sequences and the shuffling
     * @param warmupIterations fit calls on a throw-away network before the measured run
     * @param evalEvery     epochs between accuracy checks for time-to-target; 0 picks ~100 checks
     * @param onEpoch       called with the number of finished epochs (progress); may be null
     */
    public record Options(long seed, int warmupIterations, int evalEvery, IntConsumer onEpoch) {
        public static Options seed(long seed) {
            return new Options(seed, 0, 0, null);
        }

        public Options withWarmup(int iterations) {
            return new Options(seed, iterations, evalEvery, onEpoch);
        }

        public Options withProgress(IntConsumer listener) {
            return new Options(seed, warmupIterations, evalEvery, listener);
        }
    }

    /**
     * Network and data of one cell, built outside any timed region; exposed for the JMH benchmarks.
     * Test-only: {@code slowdown} 0.3 ({@code -Dalphabench.test.slowdown=0.3}) makes every timed epoch 30%
     * longer by busy-waiting inside the timed region, so the regression gate can be shown to catch a slowdown.
     */
    public record Prepared(Scenario scenario, MultiLayerNetwork net, TrainingData data, Random shuffle, double slowdown) {
        public static Prepared of(Scenario s, long seed, Settings settings) {
            String problem = s.problem();
            if (problem != null) {
                throw new IllegalArgumentException(problem);
            }
            Nd4j.getRandom().setSeed(seed);
            return new Prepared(s, s.network(seed, settings), s.data(seed), new Random(seed), settings.testSlowdown());
        }

        /** Runs one epoch's fit calls; returns the elapsed nanoseconds of the fit loop alone. */
        public long epoch() {
            return fit(data.epoch(shuffle));
        }

        /** Runs the fit calls of minibatches prepared untimed (JMH prepares each epoch's outside its clock). */
        public long fit(List<DataSet> batches) {
            long start = System.nanoTime();
            for (DataSet batch : batches) {
                PointerGc.run(() -> net.fit(batch));
            }
            Nd4j.getExecutioner().commit();
            return stopClock(start, slowdown);
        }
    }

    /** Nanoseconds since {@code start}, after stretching them by {@code slowdown} (0.3: 30% longer) when it is positive. */
    static long stopClock(long start, double slowdown) {
        return stopClock(start, slowdown, System::nanoTime);
    }

    static long stopClock(long start, double slowdown, java.util.function.LongSupplier clock) {
        if (slowdown > 0) {
            long end = clock.getAsLong() + (long) ((clock.getAsLong() - start) * slowdown);
            while (clock.getAsLong() < end) {
                Thread.onSpinWait();
            }
        }
        return clock.getAsLong() - start;
    }

    public TrainResult train(Scenario s, Options options) {
        return train(s, options, Segments.NONE).orElseThrow();
    }

    /**
     * Trains the cell, or one segment of it: when {@code segments} ends this JVM's segment before the
     * budget is trained, the session is saved to its checkpoint and the result is empty; the same call
     * in a fresh JVM continues from there (each JVM warms up first, outside the clock), and the last
     * one returns the result of the whole cell, timed seconds summed over the segments.
     */
    public Optional<TrainResult> train(Scenario s, Options options, Segments segments) {
        long warmupNanos = WarmUp.run(s, options, settings);
        int evalEvery = evalEvery(s, options);
        Session run = segments.resumable() ? Session.resume(s, options.seed(), evalEvery, settings, segments.checkpoint())
                : Session.start(s, options.seed(), evalEvery, settings);
        long done = 0;
        while (!run.done()) {
            run.nextEpoch();
            done += s.iterationsPerEpoch();
            if (options.onEpoch() != null) {
                options.onEpoch().accept(run.epoch());
            }
            if (!run.done() && segments.over(done)) {
                run.save(segments.checkpoint());
                return Optional.empty();
            }
        }
        return Optional.of(TrainResult.of(run, options, warmupNanos));
    }

    /** Epochs between accuracy checks: the option, or ~100 checks over the cell's budget. */
    public static int evalEvery(Scenario s, Options options) {
        return options.evalEvery() > 0 ? options.evalEvery() : Math.max(1, s.epochs() / 100);
    }

    /**
     * The measured part of {@link #train}, one epoch at a time: the timed fit calls of an epoch,
     * then, outside the clock, the accuracy check for time-to-target. {@code train} runs exactly
     * this; the overhead benchmark ({@code alphabench overhead}) drives it block by block, so it
     * measures the code the sweep reports.
     */
    public static final class Session {
        private final Prepared prepared;
        private final int evalEvery;
        private final double initialLoss;
        private final String cell;
        private int epoch;
        private long trainNanos;
        private long cpuNanos;
        private double secondsToTarget = Double.NaN;
        private int epochsToTarget = -1;

        private Session(Prepared prepared, int evalEvery, double initialLoss, String cell) {
            this.prepared = prepared;
            this.evalEvery = evalEvery;
            this.initialLoss = initialLoss;
            this.cell = cell;
        }

        /** Builds network and data of the cell (seeded) and evaluates the initial loss; trains nothing. */
        public static Session start(Scenario s, long seed, int evalEvery, Settings settings) {
            if (evalEvery <= 0) {
                throw new IllegalArgumentException("evalEvery must be positive (got " + evalEvery + ")");
            }
            Prepared p = Prepared.of(s, seed, settings);
            return new Session(p, evalEvery, Evaluator.loss(p.net(), p.data()), Checkpoint.cell(s, seed, settings));
        }

        /**
         * Continues the session {@link #save} wrote to {@code file} for the same cell, seed and settings:
         * training on from there gives the parameters, losses and accuracy of a run never interrupted.
         */
        public static Session resume(Scenario s, long seed, int evalEvery, Settings settings, Path file) {
            Checkpoint c = Checkpoint.read(file).of(s, seed, evalEvery, settings, file);
            Prepared fresh = Prepared.of(s, seed, settings);
            Prepared p = new Prepared(s, fresh.net(), fresh.data(), Checkpoint.restore(c.shuffle()), fresh.slowdown());
            c.restoreInto(p.net());
            Session run = new Session(p, evalEvery, c.initialLoss(), c.cell());
            run.epoch = c.epoch();
            run.trainNanos = c.trainNanos();
            run.cpuNanos = c.cpuNanos();
            run.secondsToTarget = c.secondsToTarget();
            run.epochsToTarget = c.epochsToTarget();
            return run;
        }

        /** Saves the session as it stands between epochs, replacing {@code file} atomically. */
        public void save(Path file) {
            Checkpoint.of(cell, evalEvery, epoch, trainNanos, cpuNanos, initialLoss, secondsToTarget, epochsToTarget,
                    prepared.shuffle(), prepared.net()).write(file);
        }

        /**
         * Trains one epoch (the timed {@link Prepared#epoch()}), then checks accuracy every
         * {@code evalEvery} epochs and at the last one until the target is reached.
         * @return the epoch's timed nanoseconds, as added to {@link #trainNanos()}
         */
        public long nextEpoch() {
            List<DataSet> batches = prepared.data().epoch(prepared.shuffle()); // = prepared.epoch(), with a
            long cpu = CpuShare.threadNanos();                                 // CPU clock around its timed part
            long nanos = prepared.fit(batches);
            cpuNanos += CpuShare.threadNanos() - cpu;
            epoch++;
            trainNanos += nanos;
            if (epochsToTarget < 0 && (epoch % evalEvery == 0 || epoch == prepared.scenario().epochs())
                    && Evaluator.accuracy(prepared.net(), prepared.data()) >= prepared.scenario().accuracyTarget() - 1e-9) {
                epochsToTarget = epoch;
                secondsToTarget = trainNanos / 1e9;
            }
            return nanos;
        }

        /** True once the scenario's epoch budget is trained. */
        public boolean done() {
            return epoch >= prepared.scenario().epochs();
        }

        public int epoch() {
            return epoch;
        }

        public long trainNanos() {
            return trainNanos;
        }

        /** CPU time of the training thread over the timed fit loops (just outside their clock); negative if unsupported. */
        public long cpuNanos() {
            return cpuNanos;
        }

        public double initialLoss() {
            return initialLoss;
        }

        public double secondsToTarget() {
            return secondsToTarget;
        }

        public int epochsToTarget() {
            return epochsToTarget;
        }

        public Prepared prepared() {
            return prepared;
        }
    }

    /** Null when training is believable (final loss finite and below the initial loss), else why not. */
    public static String validate(double initialLoss, double finalLoss) {
        if (!Double.isFinite(finalLoss)) {
            return "final loss is not finite (" + finalLoss + ")";
        }
        if (!(finalLoss < initialLoss)) {
            return String.format(java.util.Locale.ROOT, "loss did not decrease (%.4f -> %.4f)", initialLoss, finalLoss);
        }
        return null;
    }
}
