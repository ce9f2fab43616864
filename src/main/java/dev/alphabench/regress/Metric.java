package dev.alphabench.regress;

import dev.alphabench.report.Column;
import dev.alphabench.report.Row;
import java.util.Locale;

/** The throughput figure the gate compares, per repetition. */
public enum Metric {
    /** samples_per_sec as measured. */
    RAW,
    /** samples_per_sec / calibration_per_sec: throughput per unit of CPU the process actually got. */
    NORMALISED;

    public double of(Row r) {
        double sps = r.number(Column.SAMPLES_PER_SEC);
        return this == RAW ? sps : sps / r.number(Column.CALIBRATION_PER_SEC);
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric parse(String text) {
        for (Metric m : values()) {
            if (m.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + text + "' (valid: raw, normalised)");
    }
}
