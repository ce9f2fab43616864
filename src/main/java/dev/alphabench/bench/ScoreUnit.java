package dev.alphabench.bench;

import java.util.Locale;

/** A JMH score unit such as {@code ms/op} (time per epoch) or {@code ops/s} (epochs per time). */
record ScoreUnit(boolean timePerOp, double seconds) {

    static ScoreUnit parse(String unit) {
        String[] parts = unit.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("unknown JMH score unit '" + unit + "'");
        }
        boolean timePerOp = parts[1].equals("op");
        return new ScoreUnit(timePerOp, seconds(timePerOp ? parts[0] : parts[1], unit));
    }

    /** Seconds per epoch for a score in this unit. */
    double secondsPerEpoch(double score) {
        return timePerOp ? score * seconds : seconds / score;
    }

    private static double seconds(String unit, String whole) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "ns" -> 1e-9;
            case "us" -> 1e-6;
            case "ms" -> 1e-3;
            case "s" -> 1;
            case "min" -> 60;
            case "hr" -> 3600;
            case "day" -> 86400;
            default -> throw new IllegalArgumentException("unknown JMH score unit '" + whole + "'");
        };
    }
}
