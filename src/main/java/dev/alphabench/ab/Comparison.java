package dev.alphabench.ab;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdicts of an interleaved comparison of a profile's cells: per cell the ratio current/base
 * of median samples/s with its interval, and the suite's geometric mean over the cells both sides
 * completed. A cell without samples on either side is {@code failed}.
 */
public record Comparison(List<Cell> cells, Ratio suite, Verdict suiteVerdict) {
    /** One cell's row. */
    public record Cell(String label, double baseMedian, double currentMedian, Ratio ratio, Verdict verdict, String note) {
    }

    /** True when a cell or the suite failed the gate. */
    public boolean regressed() {
        return suiteVerdict.fails() || cells.stream().anyMatch(c -> c.verdict().fails());
    }

    /**
     * @param labels    the cells' labels, by cell index
     * @param outcomes  every trial: side 0 is the base, side 1 the current build
     */
    public static Comparison of(List<String> labels, List<Interleaved.Outcome<Integer, CellRuns.Samples>> outcomes,
                                double cellThreshold, double suiteThreshold) {
        List<Cell> cells = new ArrayList<>();
        List<double[]> bases = new ArrayList<>();
        List<double[]> currents = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int c = i;
            double[] base = samples(outcomes, c, 0);
            double[] current = samples(outcomes, c, 1);
            String failure = outcomes.stream().filter(o -> o.unit() == c && o.result().failure() != null)
                    .map(o -> (o.side() == 0 ? "base: " : "current: ") + o.result().failure()).findFirst().orElse("");
            if (base.length == 0 || current.length == 0) {
                cells.add(new Cell(labels.get(c), Double.NaN, Double.NaN, null, Verdict.FAILED, failure));
                continue;
            }
            bases.add(base);
            currents.add(current);
            Ratio r = Ratio.ofMedians(base, current);
            cells.add(new Cell(labels.get(c), Ratio.median(base), Ratio.median(current), r, Verdict.of(r, cellThreshold), failure));
        }
        Ratio suite = bases.isEmpty() ? null : Ratio.suite(bases, currents);
        return new Comparison(cells, suite, Verdict.of(suite, suiteThreshold));
    }

    private static double[] samples(List<Interleaved.Outcome<Integer, CellRuns.Samples>> outcomes, int cell, int side) {
        return outcomes.stream().filter(o -> o.unit() == cell && o.side() == side)
                .flatMapToDouble(o -> java.util.Arrays.stream(o.result().values())).toArray();
    }
}
