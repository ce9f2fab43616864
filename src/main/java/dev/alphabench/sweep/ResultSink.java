package dev.alphabench.sweep;

import dev.alphabench.report.CsvResults;
import dev.alphabench.report.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where finished cells go: the summary CSV and the raw CSV beside it, both rewritten atomically
 * after every cell, so an interrupted run leaves valid files holding every finished cell.
 */
public final class ResultSink {
    private final Path summaryFile;
    private final Path rawFile;
    private final List<Row> summaries = new ArrayList<>();
    private final List<Row> raws = new ArrayList<>();

    public ResultSink(Path summaryFile) {
        this.summaryFile = summaryFile;
        String name = summaryFile.getFileName().toString();
        this.rawFile = summaryFile.resolveSibling(name.replaceFirst("\\.csv$", "") + "-raw.csv");
    }

    /** Keeps rows already in the files (resume). */
    public ResultSink preload(List<Row> summaryRows, List<Row> rawRows) {
        summaries.addAll(summaryRows);
        raws.addAll(rawRows);
        return this;
    }

    public synchronized void add(Row summary, List<Row> rawRows) {
        summaries.add(summary);
        raws.addAll(rawRows);
        CsvResults.write(rawFile, raws);
        CsvResults.write(summaryFile, summaries);
    }

    public synchronized List<Row> summaries() {
        return List.copyOf(summaries);
    }

    public Path summaryFile() {
        return summaryFile;
    }

    public Path rawFile() {
        return rawFile;
    }

    /** Copies both files to latest.csv / latest-raw.csv in the same directory. */
    public void publishLatest() {
        Path dir = summaryFile.toAbsolutePath().getParent();
        if (!Files.exists(summaryFile)) {
            return;
        }
        CsvResults.write(dir.resolve("latest.csv"), summaries);
        CsvResults.write(dir.resolve("latest-raw.csv"), raws);
    }
}
