package dev.alphabench.regress;

import dev.alphabench.report.Column;
import dev.alphabench.report.Row;
import java.util.Locale;

/** The throughput figure the gate compares, per repetition. */
public enum Metric {
    /** samples_per_sec as measured (wall clock). */
    RAW(null),
    /** samples_per_sec / calibration_per_sec: against a fixed Java workload timed after each repetition. */
    CALIBRATED(Column.CALIBRATION_PER_SEC),
    /** samples_per_sec / cpu_share: per core the process actually kept busy during the repetition. */
    PER_CPU(Column.CPU_SHARE),
    /**
     * samples_per_sec / thread_cpu_share: samples per CPU-second of the training thread over the
     * timed fit loop only (no warm-up, evaluation, GC or JIT threads). Blind to a regression that
     * waits instead of computing (a sleep, a lock, I/O); the fit loop is pure computation.
     */
    THREAD_CPU(Column.THREAD_CPU_SHARE);

    private final Column divisor;

    Metric(Column divisor) {
        this.divisor = divisor;
    }

    /** The extra column this metric needs, or null. */
    public Column divisor() {
        return divisor;
    }

    public double of(Row r) {
        double sps = r.number(Column.SAMPLES_PER_SEC);
        return divisor == null ? sps : sps / r.number(divisor);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Metric parse(String text) {
        for (Metric m : values()) {
            if (m.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + text + "' (valid: " + ids() + ")");
    }

    /** The valid ids, comma-separated, for help and error messages. */
    public static String ids() {
        return java.util.Arrays.stream(values()).map(Metric::id).collect(java.util.stream.Collectors.joining(", "));
    }
}
