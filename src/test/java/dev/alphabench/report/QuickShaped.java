package dev.alphabench.report;

import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.Expansion;
import dev.alphabench.sweep.ProfileLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Result files shaped like a run of the shipped {@code quick} profile: its cells as the profile expands
 * them (epochs raised by min-iterations included), with synthetic measurements from a linear cost model.
 */
public final class QuickShaped {
    /** Each cell's repetitions at these factors of the model's time per iteration. */
    static final double[] NOISE = {0.98, 1.0, 1.02};

    private QuickShaped() {
    }

    public static List<Cell> cells() {
        return Expansion.of(new ProfileLoader(Path.of("profiles")).load("quick")).cells();
    }

    /** Writes NAME.csv and NAME-raw.csv; a cell costs {@code fixedMs + marginalMs × batch} ms per iteration. */
    public static Path write(Path dir, String name, Stamp stamp, double fixedMs, double marginalMs) {
        return write(dir, name, stamp, cells(), fixedMs, marginalMs);
    }

    public static Path write(Path dir, String name, Stamp stamp, List<Cell> cells, double fixedMs, double marginalMs) {
        List<Repetition> raws = new ArrayList<>();
        List<CellSummary> summaries = new ArrayList<>();
        for (Cell cell : cells) {
            List<Repetition> reps = repetitions(stamp, cell, fixedMs, marginalMs);
            raws.addAll(reps);
            summaries.add(ResultFactory.summary(reps));
        }
        RunFormat.CSV.write(new RunResults(summaries, raws), dir.resolve(name));
        return dir.resolve(name + ".csv");
    }

    public static List<Repetition> repetitions(Stamp stamp, Cell cell, double fixedMs, double marginalMs) {
        List<Repetition> reps = new ArrayList<>();
        int batch = cell.scenario().batchSize();
        for (int rep = 0; rep < cell.repetitions(); rep++) {
            double ms = (fixedMs + marginalMs * batch) * NOISE[rep % NOISE.length];
            double sps = 1000.0 * batch / ms;
            double iterations = cell.iterationsPerRepetition();
            double x = Double.NaN;
            Measures m = new Measures(iterations * batch, iterations, cell.warmupIterations(), 0.1, sps, sps, sps, x, ms,
                    iterations * ms / 1000, x, 1000, 0.5, 0.9, x, x, 3.2, 2.0, 0.5, 0.5, 0.5);
            reps.add(new Repetition(stamp, CellSpec.of(cell.scenario(), cell.repetitions()), cell.seed(rep), rep, m, "",
                    Status.OK, ""));
        }
        return reps;
    }
}
