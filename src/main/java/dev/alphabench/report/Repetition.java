package dev.alphabench.report;

/** One training run of a cell (a row of {@code NAME-raw.csv}); {@code repetition} counts from 0. */
public record Repetition(Stamp stamp, CellSpec cell, long seed, int repetition, Measures measures, String generation,
                         Status status, String error) implements ResultRow {
    public Repetition {
        generation = generation == null ? "" : generation;
        error = error == null ? "" : error;
    }
}
