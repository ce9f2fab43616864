package dev.alphabench.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A summary CSV as the gate and compare read it: at least one row, one target, each cell once.
 *
 * @param cells the summaries by {@link CellSpec#key()}, in file order
 */
public record SummaryFile(Path file, String target, Map<String, CellSummary> cells) {
    /** The columns a summary file needs to be compared or gated. */
    public static final Column[] REQUIRED = {Column.TARGET, Column.SCENARIO, Column.LAYOUT, Column.WINDOW,
            Column.HIDDEN_UNITS, Column.BATCH_SIZE, Column.EPOCHS, Column.SEQUENCES, Column.SAMPLES_PER_SEC,
            Column.ACCURACY, Column.STATUS};

    /** Reads and validates; anything that cannot be used is an {@link InvalidResultsException}. */
    public static SummaryFile read(Path file, Column... alsoRequired) {
        List<CellSummary> rows = ResultCsv.readSummaries(file, Stream.concat(Arrays.stream(REQUIRED),
                Arrays.stream(alsoRequired)).toArray(Column[]::new));
        if (rows.isEmpty()) {
            throw new InvalidResultsException(file + ": no result rows");
        }
        String target = rows.get(0).stamp().target();
        Map<String, CellSummary> cells = new LinkedHashMap<>();
        for (CellSummary r : rows) {
            sameTarget(file, target, r);
            if (cells.put(r.cell().key(), r) != null) {
                throw new InvalidResultsException(file + ": cell " + r.cell().label()
                        + " appears twice (a raw file? pass the summary CSV)");
            }
        }
        return new SummaryFile(file, target, Collections.unmodifiableMap(cells));
    }

    /** Rows of one file must all come from one target: compare and the gate take one file per target. */
    public static void sameTarget(Path file, String target, ResultRow r) {
        if (!r.stamp().target().equals(target)) {
            throw new InvalidResultsException(file + ": holds several targets (" + target + ", " + r.stamp().target()
                    + "); pass one file per target");
        }
    }

    /** {@code x.csv} -> {@code x-raw.csv}, beside it. */
    public static Path rawFileOf(Path summary) {
        return summary.resolveSibling(summary.getFileName().toString().replaceFirst("\\.csv$", "") + "-raw.csv");
    }
}
