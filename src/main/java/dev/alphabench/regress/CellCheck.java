package dev.alphabench.regress;

/**
 * The gate's reading of one cell. Throughput figures are medians of the chosen metric over
 * repetitions; NaN where a side is absent.
 */
public record CellCheck(String cell, double baseline, double current, double ratio, double pValue,
                        double baselineAccuracy, double currentAccuracy, double accuracyFloor, Verdict verdict, String note) {
}
