package dev.alphabench.report.compare;

import dev.alphabench.stats.Statistics;

/**
 * One target's throughput against the reference's on one cell: the ratio of the medians, its 95%
 * percentile-bootstrap interval from the repetitions ({@link Statistics#ratioInterval}, fixed seed),
 * and whether the difference is beyond noise: it is not where the interval contains 1.
 */
public record Speedup(double ratio, double lower, double upper, Significance significance) {
    public static final double CONFIDENCE = 0.95;
    /** Fewer repetitions on either side give no interval: one repetition says nothing about noise. */
    static final int MIN_REPETITIONS = 2;

    /** FASTER and SLOWER are the other target's, against the reference; SAME is benchstat's {@code ~}. */
    public enum Significance { FASTER, SLOWER, SAME, UNKNOWN }

    static final Speedup NONE = new Speedup(Double.NaN, Double.NaN, Double.NaN, Significance.UNKNOWN);

    /** @param ratio the ratio of the summary medians; {@code reference}, {@code other}: each ok repetition's samples/s */
    static Speedup of(double ratio, double[] reference, double[] other) {
        if (Double.isNaN(ratio) || reference.length < MIN_REPETITIONS || other.length < MIN_REPETITIONS) {
            return new Speedup(ratio, Double.NaN, Double.NaN, Significance.UNKNOWN);
        }
        Statistics.Interval ci = Statistics.ratioInterval(reference, other, CONFIDENCE);
        Significance s = ci.contains(1.0) ? Significance.SAME : ci.lower() > 1.0 ? Significance.FASTER : Significance.SLOWER;
        return new Speedup(ratio, ci.lower(), ci.upper(), s);
    }

    public boolean significant() {
        return significance == Significance.FASTER || significance == Significance.SLOWER;
    }

    /** {@code 1.32x [1.08..1.61]}; {@code ~ 0.98x [0.85..1.12]} when not significant; {@code 0.98x (no interval)}. */
    public String text() {
        if (Double.isNaN(ratio)) {
            return "-";
        }
        String r = ReportTables.fmt(ratio, "%.2fx");
        return switch (significance) {
            case UNKNOWN -> r + " (no interval)";
            case SAME -> "~ " + r + " " + bounds();
            default -> r + " " + bounds();
        };
    }

    private String bounds() {
        return "[" + ReportTables.fmt(lower, "%.2f") + ".." + ReportTables.fmt(upper, "%.2f") + "]";
    }
}
