package dev.alphabench.sweep;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.RunFormat;
import dev.alphabench.report.RunResults;
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
    public static List<CellSummary> merge(Path out, List<Path> inputs) {
        Map<String, Path> seen = new LinkedHashMap<>();
        List<CellSummary> summaries = new ArrayList<>();
        List<Repetition> raws = new ArrayList<>();
        String target = null;
        String profile = null;
        for (Path in : inputs) {
            if (in.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new InvalidResultsException(in + ": the output cannot also be an input");
            }
            Path rawIn = ResultSink.rawFileOf(in);
            List<CellSummary> rows = ResultCsv.readSummaries(in, Column.CELL_KEY);
            List<Repetition> rawRows = ResultCsv.readRepetitions(rawIn, Column.CELL_KEY);
            for (CellSummary r : rows) {
                target = same(target, r.stamp().target(), in, "target");
                profile = same(profile, r.stamp().get(Column.PROFILE), in, "profile");
                Path before = seen.putIfAbsent(r.cell().key(), in);
                if (before != null) {
                    throw new InvalidResultsException(in + ": cell " + r.cell().key() + " is also in " + before
                            + " (overlapping shards?)");
                }
            }
            summaries.addAll(rows);
            raws.addAll(rawRows);
        }
        RunFormat.CSV.write(new RunResults(summaries, raws), RunFormat.baseOf(out));
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
