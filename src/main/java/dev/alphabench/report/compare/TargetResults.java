package dev.alphabench.report.compare;

import dev.alphabench.report.Column;
import dev.alphabench.report.CsvResults;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.Row;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The summary rows of one results file, keyed by cell, under the name of its target. */
public record TargetResults(String label, Path file, Map<String, Row> cells) {
    static final Column[] REQUIRED = {Column.TARGET, Column.SCENARIO, Column.LAYOUT, Column.WINDOW,
            Column.HIDDEN_UNITS, Column.BATCH_SIZE, Column.EPOCHS, Column.SEQUENCES, Column.SAMPLES_PER_SEC,
            Column.SAMPLES_PER_SEC_MIN, Column.SAMPLES_PER_SEC_MAX, Column.MS_PER_ITERATION, Column.ACCURACY,
            Column.STATUS};

    /** Reads a summary CSV; a file holding several targets, or one cell twice, is invalid. */
    public static TargetResults read(Path file) {
        List<Row> rows = CsvResults.read(file, REQUIRED);
        if (rows.isEmpty()) {
            throw new InvalidResultsException(file + ": no result rows");
        }
        String target = rows.get(0).get(Column.TARGET);
        Map<String, Row> cells = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.get(Column.TARGET).equals(target)) {
                throw new InvalidResultsException(file + ": holds several targets (" + target + ", "
                        + r.get(Column.TARGET) + "); compare takes one file per target");
            }
            if (cells.put(r.cellKey(), r) != null) {
                throw new InvalidResultsException(file + ": cell " + r.cellKey().replace('|', ' ')
                        + " appears twice (a raw file? pass the summary CSV)");
            }
        }
        return new TargetResults(target.isEmpty() ? file.getFileName().toString() : target, file, cells);
    }

    public TargetResults withLabel(String newLabel) {
        return new TargetResults(newLabel, file, cells);
    }

    public Row any() {
        return cells.values().iterator().next();
    }
}
