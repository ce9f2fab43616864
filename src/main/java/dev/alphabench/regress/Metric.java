package dev.alphabench.regress;

import dev.alphabench.report.Column;
import dev.alphabench.report.Measures;
import dev.alphabench.report.Repetition;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The throughput figure the gate compares, per repetition. */
public enum Metric {
    /** samples_per_sec as measured (wall clock). */
    RAW(null, m -> 1),
    /** samples_per_sec / calibration_per_sec: against a fixed Java workload timed after each repetition. */
    CALIBRATED(Column.CALIBRATION_PER_SEC, Measures::calibrationPerSec),
    /** samples_per_sec / cpu_share: per core the process actually kept busy during the repetition. */
    PER_CPU(Column.CPU_SHARE, Measures::cpuShare),
    /**
     * samples_per_sec / thread_cpu_share: samples per CPU-second of the training thread over the
     * timed fit loop only (no warm-up, evaluation, GC or JIT threads). Blind to a regression that
     * waits instead of computing (a sleep, a lock, I/O); the fit loop is pure computation.
     */
    THREAD_CPU(Column.THREAD_CPU_SHARE, Measures::threadCpuShare);

    private final Column divisor;
    private final ToDoubleFunction<Measures> divisorValue;

    Metric(Column divisor, ToDoubleFunction<Measures> divisorValue) {
        this.divisor = divisor;
        this.divisorValue = divisorValue;
    }

    /** The extra column this metric needs, or null. */
    public Column divisor() {
        return divisor;
    }

    public double of(Repetition r) {
        return r.measures().samplesPerSec() / divisorOf(r);
    }

    /** The divisor's value in a repetition (1 for raw). */
    public double divisorOf(Repetition r) {
        return divisorValue.applyAsDouble(r.measures());
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
