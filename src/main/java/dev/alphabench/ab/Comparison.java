package dev.alphabench.ab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The verdicts of an interleaved comparison of a profile's cells: per cell the ratio current/base
 * with its interval ({@link Ratio}), and the suite's over the cells both sides completed in every round.
 * A cell that lacks samples on a side in some round is {@code failed}.
 */
public record Comparison(List<Cell> cells, Ratio suite, Verdict suiteVerdict) {
    /** One cell's row; the medians are over all of a side's repetitions, for reading (the ratio is paired by round). */
    public record Cell(String label, double baseMedian, double currentMedian, Ratio ratio, Verdict verdict, String note) {
    }

    /** True when a cell or the suite failed the gate. */
    public boolean regressed() {
        return suiteVerdict.fails() || cells.stream().anyMatch(c -> c.verdict().fails());
    }

    /**
     * @param labels   the cells' labels, by cell index
     * @param rounds   the rounds run
     * @param outcomes every trial: side 0 is the base, side 1 the current build
     */
    public static Comparison of(List<String> labels, int rounds, List<Interleaved.Outcome<Integer, CellRuns.Samples>> outcomes,
                                double cellThreshold, double suiteThreshold) {
        List<Cell> cells = new ArrayList<>();
        List<double[]> complete = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int c = i;
            String failure = outcomes.stream().filter(o -> o.unit() == c && o.result().failure() != null)
                    .map(o -> (o.side() == 0 ? "base: " : "current: ") + o.result().failure()).findFirst().orElse("");
            double[] logs = new double[rounds];
            boolean ok = true;
            for (int r = 0; r < rounds && ok; r++) {
                double[] base = samples(outcomes, c, 0, r);
                double[] current = samples(outcomes, c, 1, r);
                ok = base.length > 0 && current.length > 0;
                logs[r] = ok ? Ratio.logRatio(base, current) : Double.NaN;
            }
            double baseMedian = median(samples(outcomes, c, 0, -1));
            double currentMedian = median(samples(outcomes, c, 1, -1));
            if (!ok) {
                cells.add(new Cell(labels.get(c), baseMedian, currentMedian, null, Verdict.FAILED, failure));
                continue;
            }
            complete.add(logs);
            Ratio ratio = Ratio.of(new double[][] {logs});
            cells.add(new Cell(labels.get(c), baseMedian, currentMedian, ratio, Verdict.of(ratio, cellThreshold), failure));
        }
        Ratio suite = complete.isEmpty() ? null : Ratio.of(complete.toArray(double[][]::new));
        return new Comparison(cells, suite, Verdict.of(suite, suiteThreshold));
    }

    private static double median(double[] values) {
        return values.length == 0 ? Double.NaN : Ratio.median(values);
    }

    /** A side's samples of a cell in one round, or in all rounds ({@code round} -1). */
    private static double[] samples(List<Interleaved.Outcome<Integer, CellRuns.Samples>> outcomes, int cell, int side, int round) {
        return outcomes.stream().filter(o -> o.unit() == cell && o.side() == side && (round < 0 || o.round() == round))
                .flatMapToDouble(o -> Arrays.stream(o.result().values())).toArray();
    }
}
