package dev.alphabench.sweep;

import dev.alphabench.measure.Calibration;
import dev.alphabench.measure.CpuShare;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultFactory;
import dev.alphabench.report.RunContext;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.train.TrainResult;
import dev.alphabench.train.Trainer;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs cells one after another, each through a {@link CellRunner}: in this JVM through the one
 * {@link Trainer}, or in child JVMs (dev.alphabench.fork). A repetition that throws (including
 * OutOfMemoryError) is recorded as failed and the sweep goes on; rows reach the sink as each cell ends.
 */
public final class SweepRunner {
    /** Progress callbacks; every method has a no-op default. */
    public interface Listener {
        default void sweepStarted(List<Cell> cells) {
        }

        default void cellStarted(int index, int total, Cell cell) {
        }

        default void epochDone(Cell cell, int repetition, int epoch) {
        }

        default void cellFinished(int index, int total, Cell cell, CellSummary summary) {
        }

        default void sweepFinished() {
        }
    }

    /** What trains one repetition: {@link Trainer#train} in real runs, a stand-in in tests. */
    @FunctionalInterface
    public interface CellTrainer {
        TrainResult train(Scenario scenario, Trainer.Options options);
    }

    /** How the repetitions of one cell are run: one raw row per repetition, in repetition order. */
    @FunctionalInterface
    public interface CellRunner {
        List<Repetition> run(Cell cell, Listener listener);
    }

    private final CellRunner runner;
    private final ResultSink sink;
    private final Listener listener;

    public SweepRunner(CellRunner cells, ResultSink sink, Listener listener) {
        this.runner = cells;
        this.sink = sink;
        this.listener = listener;
    }

    public SweepRunner(CellTrainer trainer, RunContext context, ResultSink sink, Listener listener) {
        this(inProcess(trainer, context), sink, listener);
    }

    public SweepRunner(Trainer trainer, RunContext context, ResultSink sink, Listener listener) {
        this((CellTrainer) trainer::train, context, sink, listener);
    }

    /** Runs every cell; returns the summary rows of this run, in order. */
    public List<CellSummary> run(List<Cell> cells) {
        listener.sweepStarted(cells);
        List<CellSummary> summaries = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            listener.cellStarted(i, cells.size(), cell);
            List<Repetition> raws = runner.run(cell, listener);
            CellSummary summary = ResultFactory.summary(raws);
            sink.add(summary, raws);
            summaries.add(summary);
            listener.cellFinished(i, cells.size(), cell, summary);
        }
        listener.sweepFinished();
        return summaries;
    }

    /** Every repetition of a cell, one after another in this JVM. */
    public static CellRunner inProcess(CellTrainer trainer, RunContext context) {
        return (cell, listener) -> {
            List<Repetition> raws = new ArrayList<>();
            for (int rep = 0; rep < cell.repetitions(); rep++) {
                raws.add(repetition(trainer, context, cell, rep, listener));
            }
            return raws;
        };
    }

    /** Trains repetition {@code rep} of a cell in this JVM; a throw becomes a failed row. */
    public static Repetition repetition(CellTrainer trainer, RunContext context, Cell cell, int rep, Listener listener) {
        long seed = cell.seed(rep);
        try {
            Trainer.Options options = Trainer.Options.seed(seed)
                    .withWarmup(cell.warmupIterations())
                    .withProgress(epoch -> listener.epochDone(cell, rep, epoch));
            CpuShare share = CpuShare.start();
            TrainResult result = trainer.train(cell.scenario(), options);
            double cpuShare = share.stop();
            double calibration = Calibration.measure();
            return ResultFactory.repetition(context, result, rep, cell.repetitions(), calibration, cpuShare);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return ResultFactory.failed(context, cell.scenario(), seed, rep, cell.repetitions(), e);
        }
    }
}
