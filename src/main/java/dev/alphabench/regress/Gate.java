package dev.alphabench.regress;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.Repetition;
import dev.alphabench.stats.Statistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The regression rule: per cell, throughput against the baseline (median ratio of the per-repetition
 * metric, optionally confirmed by a Mann-Whitney U test) and accuracy against a floor of
 * min(scenario target, baseline's worst seed - tolerance); and the whole run against the baseline
 * (geometric mean of the cell ratios), which catches a slowdown of every cell that per-cell noise
 * would hide. Cells of the baseline missing from the
 * current run fail; new cells are listed. Inputs that cannot be compared throw
 * {@link InvalidResultsException} instead of passing.
 */
public final class Gate {
    private final GateSettings settings;

    public Gate(GateSettings settings) {
        String problem = settings.problem();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        this.settings = settings;
    }

    public List<CellCheck> check(ResultSet baseline, ResultSet current) {
        if (!baseline.target().equals(current.target())) {
            throw new InvalidResultsException("different targets: baseline " + baseline.file() + " is '" + baseline.target()
                    + "', current " + current.file() + " is '" + current.target() + "'");
        }
        if (baseline.summaries().keySet().stream().noneMatch(current.summaries()::containsKey)) {
            throw new InvalidResultsException("no cell of " + current.file() + " is in the baseline " + baseline.file()
                    + " (different profile or overrides?)");
        }
        List<CellCheck> checks = new ArrayList<>();
        for (String key : baseline.summaries().keySet()) {
            CellSummary cur = current.summaries().get(key);
            checks.add(cur == null ? absent(key, Verdict.MISSING, "in the baseline, not in the current run")
                    : compare(key, baseline, current));
        }
        for (String key : current.summaries().keySet()) {
            if (!baseline.summaries().containsKey(key)) {
                checks.add(absent(key, Verdict.NEW, "not in the baseline; refresh it to guard this cell"));
            }
        }
        return checks;
    }

    private CellCheck compare(String key, ResultSet baseline, ResultSet current) {
        CellSummary base = baseline.summaries().get(key);
        CellSummary cur = current.summaries().get(key);
        String cell = ResultSet.label(key);
        if (!cur.ok()) {
            return new CellCheck(cell, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    Verdict.FAILED, cur.status().id() + ": " + cur.error());
        }
        if (!base.ok()) {
            return new CellCheck(cell, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, cur.measures().accuracy(),
                    Double.NaN, Verdict.BASELINE_NOT_OK, "baseline cell is " + base.status().id());
        }
        double[] b = values(baseline.raws().get(key));
        double[] c = values(current.raws().get(key));
        double bMed = Statistics.median(b);
        double cMed = Statistics.median(c);
        double ratio = cMed / bMed;
        double p = Double.NaN;
        boolean slower = beyond(ratio, settings.threshold());
        if (settings.statistic() == Statistic.MANN_WHITNEY) {
            p = Statistics.slowerPValue(b, c);
            slower = slower && p < settings.alpha();
        }
        double floor = Math.max(0, Math.min(target(base), base.measures().accuracyMin() - settings.accuracyTolerance()));
        double acc = cur.measures().accuracy();
        boolean lowAccuracy = acc < floor - 1e-9;
        Verdict v = slower && lowAccuracy ? Verdict.SLOWER_AND_ACCURACY
                : slower ? Verdict.SLOWER : lowAccuracy ? Verdict.ACCURACY : Verdict.OK;
        String note = String.format(Locale.ROOT, "%d vs %d repetitions", b.length, c.length);
        return new CellCheck(cell, bMed, cMed, ratio, p, base.measures().accuracy(), acc, floor, v, note);
    }

    /** Geometric mean of the throughput ratios of the compared cells; NaN when none was compared. */
    public static double suiteRatio(List<CellCheck> checks) {
        double[] logs = checks.stream().mapToDouble(CellCheck::ratio).filter(r -> r > 0).map(Math::log).toArray();
        return logs.length == 0 ? Double.NaN : Math.exp(java.util.Arrays.stream(logs).average().orElseThrow());
    }

    /** Whether the run as a whole is slower: the suite ratio at or below 1 - suite threshold. */
    public boolean suiteSlower(List<CellCheck> checks) {
        return beyond(suiteRatio(checks), settings.suiteThreshold());
    }

    /** A ratio at or below 1 - threshold is a slowdown; the tolerance keeps "exactly 15% slower" on one side of 15%. */
    static boolean beyond(double ratio, double threshold) {
        return ratio <= 1 - threshold + 1e-9;
    }

    private double[] values(List<Repetition> rows) {
        return rows.stream().mapToDouble(settings.metric()::of).toArray();
    }

    private static double target(CellSummary base) {
        double t = base.cell().accuracyTarget();
        return Double.isNaN(t) ? 1.0 : t;
    }

    private static CellCheck absent(String key, Verdict v, String note) {
        return new CellCheck(ResultSet.label(key), Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, v, note);
    }
}
