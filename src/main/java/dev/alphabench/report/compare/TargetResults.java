package dev.alphabench.report.compare;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.SummaryFile;
import java.nio.file.Path;
import java.util.Map;

/** The summary rows of one results file, keyed by cell, under the name of its target. */
public record TargetResults(String label, Path file, Map<String, CellSummary> cells) {

    /** Reads a summary CSV; a file holding several targets, or one cell twice, is invalid. */
    public static TargetResults read(Path file) {
        SummaryFile s = SummaryFile.read(file, Column.SAMPLES_PER_SEC_MIN, Column.SAMPLES_PER_SEC_MAX, Column.MS_PER_ITERATION);
        return new TargetResults(s.target().isEmpty() ? file.getFileName().toString() : s.target(), file, s.cells());
    }

    public TargetResults withLabel(String newLabel) {
        return new TargetResults(newLabel, file, cells);
    }

    public CellSummary any() {
        return cells.values().iterator().next();
    }
}
