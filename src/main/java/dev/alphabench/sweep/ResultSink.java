package dev.alphabench.sweep;

import dev.alphabench.report.CsvResults;
import dev.alphabench.report.Row;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
        this.rawFile = rawFileOf(summaryFile);
    }

    /** {@code x.csv} -> {@code x-raw.csv}, beside it. */
    public static Path rawFileOf(Path summaryFile) {
        String name = summaryFile.getFileName().toString();
        return summaryFile.resolveSibling(name.replaceFirst("\\.csv$", "") + "-raw.csv");
    }

    /** Keeps rows already in the files (resume). */
    public synchronized ResultSink preload(List<Row> summaryRows, List<Row> rawRows) {
        summaries.addAll(summaryRows);
        raws.addAll(rawRows);
        return this;
    }

    /** Writes both files now, even with no rows: the run is visible (and resumable) from its start. */
    public synchronized void flush() {
        CsvResults.write(rawFile, raws);
        CsvResults.write(summaryFile, summaries);
    }

    public synchronized void add(Row summary, List<Row> rawRows) {
        summaries.add(summary);
        raws.addAll(rawRows);
        flush();
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
    public synchronized void publishLatest() {
        Path dir = summaryFile.toAbsolutePath().getParent();
        if (!Files.exists(summaryFile)) {
            return;
        }
        CsvResults.write(dir.resolve("latest-raw.csv"), raws);
        CsvResults.write(dir.resolve("latest.csv"), summaries);
    }

    static FileTime lastModified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
