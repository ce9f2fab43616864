package dev.alphabench.report;

import java.util.List;

/**
 * One cell over its repetitions (a row of the summary CSV): medians with min and max, every seed
 * ({@code seeds}, as written: {@code 1;2;3}) and every seed's accuracy.
 */
public record CellSummary(Stamp stamp, CellSpec cell, String seeds, Measures measures, List<Double> accuracies,
                          String generation, Status status, String error) implements ResultRow {
    public CellSummary {
        seeds = seeds == null ? "" : seeds;
        accuracies = List.copyOf(accuracies);
        generation = generation == null ? "" : generation;
        error = error == null ? "" : error;
    }
}
