package dev.alphabench.regress;

/**
 * The knobs of the regression gate. Defaults come from the run-to-run noise measured on the shared
 * 2-core machine (docs/REGRESSION.md).
 *
 * @param metric            raw, calibrated, per-CPU or per-training-thread-CPU throughput
 * @param statistic         how repetitions are compared
 * @param threshold         a cell is slower when its ratio is at or below 1 - threshold
 * @param suiteThreshold    the run regresses when the geometric mean of the cell ratios is at or below 1 - suiteThreshold
 * @param alpha             significance level for {@link Statistic#MANN_WHITNEY}
 * @param accuracyTolerance accuracy floor = min(scenario target, baseline's worst seed - tolerance)
 */
public record GateSettings(Metric metric, Statistic statistic, double threshold, double suiteThreshold, double alpha,
                           double accuracyTolerance) {
    public static final double DEFAULT_THRESHOLD = 0.20;
    public static final double DEFAULT_SUITE_THRESHOLD = 0.12;
    public static final double DEFAULT_ALPHA = 0.05;
    public static final double DEFAULT_ACCURACY_TOLERANCE = 0.10;

    public static GateSettings defaults() {
        return new GateSettings(Metric.PER_CPU, Statistic.MEDIAN_RATIO, DEFAULT_THRESHOLD, DEFAULT_SUITE_THRESHOLD, DEFAULT_ALPHA,
                DEFAULT_ACCURACY_TOLERANCE);
    }

    /** One-line reason when a setting is out of range, else null. */
    public String problem() {
        if (!(threshold > 0 && threshold < 1)) return "threshold must be in (0, 1) (got " + threshold + ")";
        if (!(suiteThreshold > 0 && suiteThreshold < 1)) return "suite threshold must be in (0, 1) (got " + suiteThreshold + ")";
        if (!(alpha > 0 && alpha < 1)) return "alpha must be in (0, 1) (got " + alpha + ")";
        if (!(accuracyTolerance >= 0 && accuracyTolerance <= 1)) {
            return "accuracy tolerance must be in [0, 1] (got " + accuracyTolerance + ")";
        }
        return null;
    }
}
