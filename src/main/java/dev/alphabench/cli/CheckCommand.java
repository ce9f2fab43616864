package dev.alphabench.cli;

import dev.alphabench.regress.CellCheck;
import dev.alphabench.regress.Comparability;
import dev.alphabench.regress.Gate;
import dev.alphabench.regress.GateSettings;
import dev.alphabench.regress.Metric;
import dev.alphabench.regress.ResultSet;
import dev.alphabench.regress.Statistic;
import dev.alphabench.report.TextTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true, description = {"Regression gate: compare a run against a baseline of the same target.",
        "Exit 0 clean, 1 regression (slower, below the accuracy floor, failed or missing cell), 2 unusable input."})
public final class CheckCommand implements Callable<Integer> {
    @Option(names = "--baseline", required = true, paramLabel = "CSV",
            description = "Baseline summary CSV, e.g. results/baselines/cpu.csv (its -raw.csv must sit beside it).")
    Path baseline;

    @Option(names = "--current", required = true, paramLabel = "CSV",
            description = "Current summary CSV, e.g. results/cpu/latest.csv (its -raw.csv must sit beside it).")
    Path current;

    @Option(names = "--metric", defaultValue = "per-cpu",
            description = "raw (samples/s), calibrated (per unit of a fixed Java workload), per-cpu "
                    + "(per busy core of the process) or thread-cpu (per CPU-second of the training thread "
                    + "in the timed loop). Default: ${DEFAULT-VALUE}.")
    Metric metric;

    @Option(names = "--statistic", defaultValue = "median-ratio",
            description = "median-ratio or mann-whitney. Default: ${DEFAULT-VALUE}.")
    Statistic statistic;

    @Option(names = "--threshold", defaultValue = "" + GateSettings.DEFAULT_THRESHOLD,
            description = "A cell regresses when current/baseline <= 1 - threshold. Default: ${DEFAULT-VALUE}.")
    double threshold;

    @Option(names = "--suite-threshold", defaultValue = "" + GateSettings.DEFAULT_SUITE_THRESHOLD,
            description = "The run regresses when the geometric mean of the cell ratios <= 1 - suite threshold. "
                    + "Default: ${DEFAULT-VALUE}.")
    double suiteThreshold;

    @Option(names = "--alpha", defaultValue = "" + GateSettings.DEFAULT_ALPHA,
            description = "Significance level for mann-whitney. Default: ${DEFAULT-VALUE}.")
    double alpha;

    @Option(names = "--accuracy-tolerance", defaultValue = "" + GateSettings.DEFAULT_ACCURACY_TOLERANCE,
            description = "Accuracy floor = min(scenario target, baseline's worst seed - tolerance). Default: ${DEFAULT-VALUE}.")
    double accuracyTolerance;

    @Option(names = "--skip-missing-baseline",
            description = "Exit 0 with a note when the baseline file does not exist (a target without a baseline yet; "
                    + "used by ./mvnw verify).")
    boolean skipMissingBaseline;

    @Option(names = "--skip-other-machine",
            description = "Exit 0 with a note when the baseline was measured on another kind of machine (CPU model, GPU), "
                    + "instead of comparing across machines (used by ./mvnw verify).")
    boolean skipOtherMachine;

    @Option(names = "--allow-settings-mismatch",
            description = "Compare even when the two runs were measured through different code paths "
                    + "(LSTM implementation, pointer mode, threads); refused by default.")
    boolean allowSettingsMismatch;

    /** Where to turn when the stored baseline is from another machine. */
    static final String RELATIVE_GATE = "scripts/alphabench check --base-ref REF";

    @Override
    public Integer call() {
        if (skipMissingBaseline && !java.nio.file.Files.exists(baseline)) {
            System.out.println("alphabench check: no baseline " + baseline + " for this target; nothing to check "
                    + "(record one as docs/REGRESSION.md describes)");
            return ExitCode.OK;
        }
        GateSettings settings = new GateSettings(metric, statistic, threshold, suiteThreshold, alpha, accuracyTolerance);
        if (settings.problem() != null) {
            throw new BadInputException(settings.problem());
        }
        Gate gate = new Gate(settings);
        ResultSet base = ResultSet.read(baseline, settings.metric());
        ResultSet cur = ResultSet.read(current, settings.metric());
        String otherMachine = base.target().equals(cur.target()) ? Comparability.otherMachine(base, cur) : null;
        if (otherMachine != null && skipOtherMachine) {
            System.out.println("alphabench check: " + otherMachine + "; not compared. To gate on this machine, run the "
                    + "relative gate (" + RELATIVE_GATE + ") or record a baseline here (docs/REGRESSION.md)");
            return ExitCode.OK;
        }
        String mismatch = Comparability.settingsMismatch(base, cur);
        if (mismatch != null && !allowSettingsMismatch) {
            throw new BadInputException(mismatch + "; compare like with like, or pass --allow-settings-mismatch");
        }
        List<CellCheck> checks = gate.check(base, cur);
        if (otherMachine != null) {
            System.out.println("note: " + otherMachine + "; the ratios include the difference between the machines");
        }
        System.out.printf(Locale.ROOT, "alphabench check: %s vs baseline %s (%s throughput, %s, cell threshold %.0f%%, "
                        + "suite threshold %.0f%%%s)%n", current, baseline, settings.metric().id(), settings.statistic().id(),
                100 * settings.threshold(), 100 * settings.suiteThreshold(),
                settings.statistic() == Statistic.MANN_WHITNEY ? ", alpha " + settings.alpha() : "");
        System.out.print(table(checks).render());
        long failing = checks.stream().filter(c -> c.verdict().fails()).count();
        double suite = Gate.suiteRatio(checks);
        boolean suiteSlower = gate.suiteSlower(checks);
        System.out.printf(Locale.ROOT, "suite: geometric mean ratio %s over %d compared cell(s): %s%n", fmt(suite, "%.3f"),
                checks.stream().filter(c -> c.ratio() > 0).count(), suiteSlower ? "slower" : "ok");
        if (failing > 0 || suiteSlower) {
            System.out.println("REGRESSION: " + failing + " of " + checks.size() + " cell(s) failed the gate"
                    + (suiteSlower ? "; the run as a whole is slower" : ""));
            return ExitCode.FAILED;
        }
        System.out.println("clean: " + checks.size() + " cell(s) checked");
        return ExitCode.OK;
    }

    static TextTable table(List<CellCheck> checks) {
        TextTable t = new TextTable("cell", "baseline", "current", "ratio", "p", "base acc", "acc", "floor", "verdict", "note");
        for (CellCheck c : checks) {
            t.add(c.cell(), fmt(c.baseline(), "%.4g"), fmt(c.current(), "%.4g"), fmt(c.ratio(), "%.3f"), fmt(c.pValue(), "%.3f"),
                    pct(c.baselineAccuracy()), pct(c.currentAccuracy()), pct(c.accuracyFloor()), c.verdict().id(), c.note());
        }
        return t;
    }

    private static String pct(double v) {
        return fmt(100 * v, "%.1f%%");
    }

    private static String fmt(double v, String pattern) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, pattern, v);
    }
}
