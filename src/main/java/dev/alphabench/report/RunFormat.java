package dev.alphabench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The output formats of a run's results. */
public enum RunFormat implements ResultFormat<RunResults> {
    /**
     * {@code base.csv}, one row per cell, and {@code base-raw.csv}, one row per repetition (written
     * first, so the summary never names a cell the raw file lacks).
     */
    CSV {
        @Override
        public List<Path> write(RunResults results, Path base) {
            List<Path> written = new ArrayList<>();
            Path summary = base.resolveSibling(base.getFileName() + ".csv");
            if (results.raws() != null) {
                Path raw = SummaryFile.rawFileOf(summary);
                ResultCsv.write(raw, results.raws());
                written.add(raw);
            }
            ResultCsv.write(summary, results.summaries());
            written.add(0, summary);
            return written;
        }
    };

    /** {@code x.csv} -> {@code x}: the base name to write the CSV pair as. */
    public static Path baseOf(Path csv) {
        return csv.resolveSibling(csv.getFileName().toString().replaceFirst("\\.csv$", ""));
    }
}
