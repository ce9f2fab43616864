package dev.alphabench.bench;

import dev.alphabench.backend.PointerGc;
import dev.alphabench.backend.Tuning;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.settings.Settings;
import dev.alphabench.train.Evaluator;
import dev.alphabench.train.Trainer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.dataset.DataSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One training epoch of a cell, through the same {@link Trainer.Prepared} the sweep times.
 * Each invocation is one epoch timed on its own (SingleShotTime, see docs/JMH.md); the epoch's
 * minibatches are prepared outside the clock, as the sweep does. After the trial the model must
 * have learned, else the result is flagged through {@link LearningCheck}.
 *
 * <p>HOW TO RUN: {@code scripts/alphabench bench --profile jmh-smoke}, or on the same classpath
 * {@code java -cp "target/alphabench-cpu.jar:$(cat target/classpath-cpu.txt)" org.openjdk.jmh.Main EpochBenchmark -p scenario=batch-state}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 30)
@Fork(2)
public class EpochBenchmark {
    @Param({"one-char", "feature-window", "timestep-window", "batch-state", "stateful", "variable-length"})
    public String scenario;
    @Param(BenchCell.TUTORIAL)
    public String layout;
    @Param(BenchCell.TUTORIAL)
    public String batchSize;
    @Param(BenchCell.TUTORIAL)
    public String window;
    @Param(BenchCell.TUTORIAL)
    public String hiddenUnits;
    @Param("1")
    public String seed;

    private Settings settings;
    private Trainer.Prepared prepared;
    private List<DataSet> batches;
    private double initialLoss;
    private int epochs;

    @Setup(Level.Trial)
    public void prepare() {
        settings = Settings.fromSystem(); // the fork's start-up
        PointerGc.configure(settings); // the fork's first ND4J contact: JavaCPP is set up as in the CLI
        Scenario cell = BenchCell.scenario(scenario, layout, batchSize, window, hiddenUnits);
        prepared = Trainer.Prepared.of(cell, BenchCell.seed(seed), settings);
        initialLoss = Evaluator.loss(prepared.net(), prepared.data());
    }

    @Setup(Level.Invocation)
    public void nextEpoch() {
        batches = prepared.data().epoch(prepared.shuffle());
    }

    @Benchmark
    public long epoch() {
        epochs++;
        return prepared.fit(batches);
    }

    @TearDown(Level.Trial)
    public void checkLearned() {
        double finalLoss = Evaluator.loss(prepared.net(), prepared.data());
        double accuracy = Evaluator.accuracy(prepared.net(), prepared.data());
        LearningCheck check = LearningCheck.of(List.of(scenario, layout, batchSize, window, hiddenUnits, seed),
                epochs, initialLoss, finalLoss, accuracy, Tuning.stamp(settings));
        if (check.problem() != null) {
            System.out.println("alphabench: INVALID result, the model did not learn: " + check.problem());
        }
        check.record(settings.jmhChecks());
    }
}
