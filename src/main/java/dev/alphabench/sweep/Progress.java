package dev.alphabench.sweep;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.ResultCsv;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Sweep progress measured in fit calls ({@link Cell#work()}), so the ETA weighs a 500-epoch batch-1
 * cell above a 20-epoch full-batch one. A progress bar on a terminal, plain lines otherwise.
 */
public abstract class Progress implements SweepRunner.Listener {
    protected long totalWork;
    protected long doneWork;
    protected long cellStartWork;
    protected int totalCells;
    protected int doneCells;
    protected long startNanos;

    /** A bar on a terminal (System.console() != null), else plain lines every {@code every}. */
    public static Progress forConsole(Duration every) {
        return System.console() != null ? new BarProgress() : new LineProgress(System.out, every);
    }

    @Override
    public void sweepStarted(List<Cell> cells) {
        totalCells = cells.size();
        totalWork = cells.stream().mapToLong(Cell::work).sum();
        startNanos = System.nanoTime();
    }

    @Override
    public void cellStarted(int index, int total, Cell cell) {
        cellStartWork = doneWork;
    }

    @Override
    public void epochDone(Cell cell, int repetition, int epoch) {
        long perRep = cell.iterationsPerRepetition() + cell.warmupIterations();
        doneWork = cellStartWork + repetition * perRep + cell.warmupIterations()
                + (long) epoch * cell.scenario().iterationsPerEpoch();
    }

    @Override
    public void cellFinished(int index, int total, Cell cell, CellSummary summary) {
        doneCells++;
        doneWork = cellStartWork + cell.work();
    }

    /** Linear in work done; empty until some work is done. */
    protected String eta() {
        if (doneWork <= 0) {
            return "?";
        }
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        return duration(elapsed * (totalWork - doneWork) / doneWork);
    }

    protected String elapsed() {
        return duration((System.nanoTime() - startNanos) / 1e9);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60) : s + "s";
    }

    static String result(CellSummary summary) {
        return String.format(Locale.ROOT, "%s samples/s, accuracy %s, %s", ResultCsv.format(summary.measures().samplesPerSec()),
                ResultCsv.format(summary.measures().accuracy()), summary.status().id());
    }

    /** Plain lines for logs: one per cell start and end, and one every {@code every} inside a long cell. */
    static final class LineProgress extends Progress {
        private final PrintStream out;
        private final long everyNanos;
        private long lastLine;

        LineProgress(PrintStream out, Duration every) {
            this.out = out;
            this.everyNanos = every.toNanos();
        }

        @Override
        public void cellStarted(int index, int total, Cell cell) {
            super.cellStarted(index, total, cell);
            lastLine = System.nanoTime();
            out.printf(Locale.ROOT, "[%d/%d] %s ... (elapsed %s, ETA %s)%n", index + 1, total, cell.label(), elapsed(), eta());
        }

        @Override
        public void epochDone(Cell cell, int repetition, int epoch) {
            super.epochDone(cell, repetition, epoch);
            if (System.nanoTime() - lastLine >= everyNanos) {
                lastLine = System.nanoTime();
                out.printf(Locale.ROOT, "[%d/%d] %s: repetition %d/%d, epoch %d/%d (elapsed %s, ETA %s)%n",
                        doneCells + 1, totalCells, cell.label(), repetition + 1, cell.repetitions(), epoch,
                        cell.scenario().epochs(), elapsed(), eta());
            }
        }

        @Override
        public void cellFinished(int index, int total, Cell cell, CellSummary summary) {
            super.cellFinished(index, total, cell, summary);
            out.printf(Locale.ROOT, "[%d/%d] %s: %s%n", index + 1, total, cell.label(), result(summary));
        }
    }
}
