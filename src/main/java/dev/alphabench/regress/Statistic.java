package dev.alphabench.regress;

import java.util.Locale;

/** How the per-repetition throughputs of a cell are compared. */
public enum Statistic {
    /** Slower when median(current) / median(baseline) is at or below 1 - threshold. */
    MEDIAN_RATIO,
    /** As MEDIAN_RATIO, and additionally a one-sided Mann-Whitney U test must reject "not slower" at alpha. */
    MANN_WHITNEY;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Statistic parse(String text) {
        for (Statistic s : values()) {
            if (s.id().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown statistic '" + text + "' (valid: median-ratio, mann-whitney)");
    }
}
