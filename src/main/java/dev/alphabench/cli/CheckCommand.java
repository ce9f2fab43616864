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

@Command(name = "check", mixinStandardHelpOptions = true, description = {"Regression gate: compare a run against a baseline of the same target "
        + "(--baseline, --current), or the working tree's build against a git ref's, interleaved on this machine (--base-ref).",
        "Exit 0 clean, 1 regression (slower, below the accuracy floor, failed or missing cell), 2 unusable input "
                + "(also: unknown ref, a ref that does not build), 3 environment."})
public final class CheckCommand implements Callable<Integer> {
    @Option(names = "--baseline", paramLabel = "CSV",
            description = "Baseline summary CSV, e.g. results/baselines/cpu.csv (its -raw.csv must sit beside it).")
    Path baseline;

    @Option(names = "--current", paramLabel = "CSV",
            description = "Current summary CSV, e.g. results/cpu/latest.csv (its -raw.csv must sit beside it).")
    Path current;

    @Option(names = "--metric",
            description = "raw (samples/s), calibrated (per unit of a fixed Java workload), per-cpu "
                    + "(per busy core of the process) or thread-cpu (per CPU-second of the training thread "
                    + "in the timed loop). Default: per-cpu, with --base-ref thread-cpu.")
    Metric metric;

    @Option(names = "--statistic", defaultValue = "median-ratio",
            description = "median-ratio or mann-whitney. Default: ${DEFAULT-VALUE}.")
    Statistic statistic;

    @Option(names = "--threshold",
            description = "A cell regresses when current/baseline <= 1 - threshold (with --base-ref: and its 95% interval "
                    + "lies below 1). Default: " + GateSettings.DEFAULT_THRESHOLD + ", with --base-ref "
                    + RelativeCheck.DEFAULT_THRESHOLD + ".")
    Double threshold;

    @Option(names = "--suite-threshold",
            description = "The run regresses when the geometric mean of the cell ratios <= 1 - suite threshold (with "
                    + "--base-ref: and its 95% interval lies below 1). Default: " + GateSettings.DEFAULT_SUITE_THRESHOLD
                    + ", with --base-ref " + RelativeCheck.DEFAULT_SUITE_THRESHOLD + ".")
    Double suiteThreshold;

    @Option(names = "--base-ref", paramLabel = "REF",
            description = "Relative gate: build git ref REF (cached in target/ab/<commit>) and run --profile on it and on this "
                    + "build, cell by cell in fresh JVMs, interleaved (docs/REGRESSION.md).")
    String baseRef;

    @Option(names = "--profile", defaultValue = "gate", paramLabel = "NAME|PATH",
            description = "With --base-ref: the profile to run. Default: ${DEFAULT-VALUE}.")
    String profile;

    @Option(names = "--base-opts", paramLabel = "OPTS", description = "With --base-ref: JVM options of the base's JVMs, e.g. '-Dalphabench.lstm=dl4j'.")
    String baseOpts;

    @Option(names = "--current-opts", paramLabel = "OPTS", description = "With --base-ref: JVM options of this build's JVMs.")
    String currentOpts;

    @Option(names = "--rounds", defaultValue = "5", description = "With --base-ref: rounds (every cell once per side each; the interval comes from their paired ratios). "
            + "Default: ${DEFAULT-VALUE}.")
    int rounds;

    @picocli.CommandLine.ParentCommand
    Main main;

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
        if (baseRef != null) {
            if (baseline != null || current != null) {
                throw new BadInputException("--base-ref compares two builds; it takes no --baseline or --current");
            }
            return RelativeCheck.run(new RelativeCheck.Request(baseRef, profile, RelativeCheck.opts("--base-opts", baseOpts),
                    RelativeCheck.opts("--current-opts", currentOpts), rounds, metric != null ? metric : Metric.THREAD_CPU,
                    threshold != null ? threshold : RelativeCheck.DEFAULT_THRESHOLD,
                    suiteThreshold != null ? suiteThreshold : RelativeCheck.DEFAULT_SUITE_THRESHOLD), main.settings());
        }
        if (baseline == null || current == null) {
            throw new BadInputException("check needs --baseline and --current, or --base-ref");
        }
        if (skipMissingBaseline && !java.nio.file.Files.exists(baseline)) {
            System.out.println("alphabench check: no baseline " + baseline + " for this target; nothing to check "
                    + "(record one as docs/REGRESSION.md describes)");
            return ExitCode.OK;
        }
        GateSettings settings = new GateSettings(metric != null ? metric : Metric.PER_CPU, statistic,
                threshold != null ? threshold : GateSettings.DEFAULT_THRESHOLD,
                suiteThreshold != null ? suiteThreshold : GateSettings.DEFAULT_SUITE_THRESHOLD, alpha, accuracyTolerance);
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
