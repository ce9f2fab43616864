package dev.alphabench.sweep;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.RunFormat;
import dev.alphabench.report.RunResults;
import dev.alphabench.report.SummaryFile;
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
    private final List<CellSummary> summaries = new ArrayList<>();
    private final List<Repetition> raws = new ArrayList<>();

    public ResultSink(Path summaryFile) {
        this.summaryFile = summaryFile;
        this.rawFile = rawFileOf(summaryFile);
    }

    /** {@code x.csv} -> {@code x-raw.csv}, beside it. */
    public static Path rawFileOf(Path summaryFile) {
        return SummaryFile.rawFileOf(summaryFile);
    }

    /** Keeps rows already in the files (resume). */
    public synchronized ResultSink preload(List<CellSummary> summaryRows, List<Repetition> rawRows) {
        summaries.addAll(summaryRows);
        raws.addAll(rawRows);
        return this;
    }

    /** Writes both files now, even with no rows: the run is visible (and resumable) from its start. */
    public synchronized void flush() {
        RunFormat.CSV.write(new RunResults(summaries, raws), RunFormat.baseOf(summaryFile));
    }

    public synchronized void add(CellSummary summary, List<Repetition> rawRows) {
        summaries.add(summary);
        raws.addAll(rawRows);
        flush();
    }

    public synchronized List<CellSummary> summaries() {
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
        RunFormat.CSV.write(new RunResults(summaries, raws), dir.resolve("latest"));
    }

    static FileTime lastModified(Path f) {
        try {
            return Files.getLastModifiedTime(f);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
