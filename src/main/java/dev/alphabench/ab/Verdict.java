package dev.alphabench.ab;

/**
 * What a ratio current/base says, given a threshold: {@code slower} only when the ratio is at or below
 * 1 - threshold and its whole 95% interval lies below 1; {@code faster} likewise above 1 + threshold;
 * {@code ~} otherwise (no difference beyond the threshold and the noise); {@code failed} without samples.
 */
public enum Verdict {
    SLOWER("slower"), FASTER("faster"), SAME("~"), FAILED("failed");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean fails() {
        return this == SLOWER || this == FAILED;
    }

    public static Verdict of(Ratio ratio, double threshold) {
        if (ratio == null) {
            return FAILED;
        }
        if (ratio.value() <= 1 - threshold && ratio.significantlyBelowOne()) {
            return SLOWER;
        }
        return ratio.value() >= 1 + threshold && ratio.significantlyAboveOne() ? FASTER : SAME;
    }
}
