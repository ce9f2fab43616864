package dev.alphabench.sweep;

import dev.alphabench.report.Column;
import dev.alphabench.report.CsvResults;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Combines the CSVs of a sharded sweep (summary and raw) into one. The inputs must be one sweep:
 * the same target and profile, and no cell twice.
 */
public final class Merge {
    private Merge() {
    }

    /** Returns the merged summary rows after writing {@code out} and its raw file. */
    public static List<Row> merge(Path out, List<Path> inputs) {
        Map<String, Path> seen = new LinkedHashMap<>();
        List<Row> summaries = new ArrayList<>();
        List<Row> raws = new ArrayList<>();
        String target = null;
        String profile = null;
        for (Path in : inputs) {
            if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new InvalidResultsException(in + ": the output cannot also be an input");
            }
            Path rawIn = ResultSink.rawFileOf(in);
            List<Row> rows = CsvResults.read(in, Column.CELL_KEY);
            List<Row> rawRows = CsvResults.read(rawIn, Column.CELL_KEY);
            for (Row r : rows) {
                target = same(target, r.get(Column.TARGET), in, "target");
                profile = same(profile, r.get(Column.PROFILE), in, "profile");
                Path before = seen.putIfAbsent(r.cellKey(), in);
                if (before != null) {
                    throw new InvalidResultsException(in + ": cell " + r.cellKey() + " is also in " + before
                            + " (overlapping shards?)");
                }
            }
            summaries.addAll(rows);
            raws.addAll(rawRows);
        }
        CsvResults.write(ResultSink.rawFileOf(out), raws);
        CsvResults.write(out, summaries);
        return summaries;
    }

    private static String same(String expected, String actual, Path in, String what) {
        if (expected != null && !expected.equals(actual)) {
            throw new InvalidResultsException(in + ": " + what + " '" + actual + "' differs from '" + expected
                    + "' in the files before it; merge shards of one sweep only");
        }
        return actual;
    }
}
