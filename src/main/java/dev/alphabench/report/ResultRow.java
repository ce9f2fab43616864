package dev.alphabench.report;

/** One row of a results CSV: a {@link Repetition} (raw file) or a {@link CellSummary} (summary file). */
public sealed interface ResultRow permits Repetition, CellSummary {
    Stamp stamp();

    CellSpec cell();

    Measures measures();

    /** Stateful scenarios only: what the trained network generates running free from a letter; else empty. */
    String generation();

    Status status();

    /** Why the row is not ok; empty when it is. */
    String error();

    default boolean ok() {
        return status() == Status.OK;
    }
}
