package dev.alphabench.regress;

import dev.alphabench.report.Column;
import dev.alphabench.report.CsvResults;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.Row;
import dev.alphabench.report.RowFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One run's summary CSV with its raw CSV beside it ({@code NAME-raw.csv}), validated for the gate. */
public record ResultSet(Path file, String target, Map<String, Row> summaries, Map<String, List<Row>> raws) {
    static final Column[] SUMMARY = {Column.TARGET, Column.SCENARIO, Column.LAYOUT, Column.WINDOW, Column.HIDDEN_UNITS,
            Column.BATCH_SIZE, Column.EPOCHS, Column.SEQUENCES, Column.SAMPLES_PER_SEC, Column.ACCURACY,
            Column.ACCURACY_MIN, Column.ACCURACY_TARGET, Column.STATUS};
    static final Column[] RAW = {Column.TARGET, Column.SCENARIO, Column.LAYOUT, Column.WINDOW, Column.HIDDEN_UNITS,
            Column.BATCH_SIZE, Column.EPOCHS, Column.SEQUENCES, Column.SAMPLES_PER_SEC, Column.STATUS};

    public static Path rawFileOf(Path summary) {
        return summary.resolveSibling(summary.getFileName().toString().replaceFirst("\\.csv$", "") + "-raw.csv");
    }

    /** Reads and validates both files; anything the gate cannot trust is an {@link InvalidResultsException}. */
    public static ResultSet read(Path summaryFile, Metric metric) {
        try {
            return parse(summaryFile, metric);
        } catch (NumberFormatException e) {
            throw new InvalidResultsException(summaryFile + " or its raw file: not a number (" + e.getMessage() + ")");
        }
    }

    private static ResultSet parse(Path summaryFile, Metric metric) {
        List<Row> summaryRows = CsvResults.read(summaryFile, SUMMARY);
        Path rawFile = rawFileOf(summaryFile);
        List<Row> rawRows = CsvResults.read(rawFile, metric.divisor() == null ? RAW : with(metric.divisor()));
        if (summaryRows.isEmpty()) {
            throw new InvalidResultsException(summaryFile + ": no result rows");
        }
        String target = summaryRows.get(0).get(Column.TARGET);
        Map<String, Row> summaries = new LinkedHashMap<>();
        for (Row r : summaryRows) {
            sameTarget(summaryFile, target, r);
            if (summaries.put(r.cellKey(), r) != null) {
                throw new InvalidResultsException(summaryFile + ": cell " + label(r.cellKey()) + " appears twice");
            }
        }
        Map<String, List<Row>> raws = new LinkedHashMap<>();
        for (Row r : rawRows) {
            sameTarget(rawFile, target, r);
            if (!summaries.containsKey(r.cellKey())) {
                throw new InvalidResultsException(rawFile + ": cell " + label(r.cellKey()) + " is not in " + summaryFile);
            }
            if (RowFactory.OK.equals(r.get(Column.STATUS))) {
                finite(rawFile, r, metric);
                raws.computeIfAbsent(r.cellKey(), k -> new ArrayList<>()).add(r);
            }
        }
        for (Row r : summaries.values()) {
            if (RowFactory.OK.equals(r.get(Column.STATUS))) {
                if (!Double.isFinite(r.number(Column.ACCURACY)) || !Double.isFinite(r.number(Column.ACCURACY_MIN))) {
                    throw new InvalidResultsException(summaryFile + ": cell " + label(r.cellKey()) + " has no finite accuracy");
                }
                if (!raws.containsKey(r.cellKey())) {
                    throw new InvalidResultsException(rawFile + ": no repetitions of cell " + label(r.cellKey()));
                }
            }
        }
        return new ResultSet(summaryFile, target, summaries, raws);
    }

    private static Column[] with(Column extra) {
        Column[] cols = java.util.Arrays.copyOf(RAW, RAW.length + 1);
        cols[RAW.length] = extra;
        return cols;
    }

    private static void sameTarget(Path file, String target, Row r) {
        if (!r.get(Column.TARGET).equals(target)) {
            throw new InvalidResultsException(file + ": holds several targets (" + target + ", " + r.get(Column.TARGET) + ")");
        }
    }

    private static void finite(Path file, Row r, Metric metric) {
        double v;
        try {
            v = metric.of(r);
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v) || v <= 0) {
            throw new InvalidResultsException(file + ": cell " + label(r.cellKey()) + " repetition " + r.get(Column.REPETITION)
                    + " has no usable " + metric.id() + " throughput (samples_per_sec '" + r.get(Column.SAMPLES_PER_SEC)
                    + "'" + (metric.divisor() == null ? "" : ", " + metric.divisor().header() + " '" + r.get(metric.divisor()) + "'")
                    + ")" + (metric.divisor() == null ? "" : "; use --metric raw for results without " + metric.divisor().header()));
        }
    }

    static String label(String cellKey) {
        return cellKey.replace('|', ' ');
    }
}
