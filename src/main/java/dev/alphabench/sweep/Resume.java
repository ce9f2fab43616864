package dev.alphabench.sweep;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What an earlier, interrupted run of the same sweep already finished. Cells whose summary row is
 * ok or invalid count as done; failed cells are run again and their old rows dropped.
 *
 * @param summaryFile the run's summary CSV, which the resumed run keeps writing
 */
public record Resume(Path summaryFile, String runId, List<CellSummary> summaries, List<Repetition> raws) {

    public Set<String> doneKeys() {
        return summaries.stream().map(r -> r.cell().key()).collect(Collectors.toSet());
    }

    public static Resume load(Path summaryFile) {
        List<CellSummary> summaries = ResultCsv.readSummaries(summaryFile, Column.RUN_ID, Column.STATUS);
        Path raw = ResultSink.rawFileOf(summaryFile);
        List<Repetition> raws = Files.exists(raw) ? ResultCsv.readRepetitions(raw, Column.RUN_ID, Column.STATUS) : List.of();
        List<CellSummary> done = summaries.stream().filter(r -> r.status() != Status.FAILED).toList();
        Set<String> keys = done.stream().map(r -> r.cell().key()).collect(Collectors.toSet());
        List<Repetition> doneRaws = raws.stream().filter(r -> keys.contains(r.cell().key())).toList();
        String runId = summaries.isEmpty()
                ? summaryFile.getFileName().toString().replaceFirst("\\.csv$", "")
                : summaries.get(0).stamp().get(Column.RUN_ID);
        return new Resume(summaryFile, runId, done, doneRaws);
    }

    /**
     * The newest run of {@code profile} (and of the same shard) in {@code dir}, if any. Files that
     * cannot be read as results are passed over.
     */
    public static Optional<Path> latestRun(Path dir, String profile, Shard shard) {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> isRunFile(f, shard))
                    .sorted(Comparator.comparing(ResultSink::lastModified).reversed())
                    .filter(f -> profile.equals(profileOf(f)))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRunFile(Path f, Shard shard) {
        String name = f.getFileName().toString();
        return name.endsWith(".csv") && !name.endsWith("-raw.csv") && !name.startsWith("latest") && !name.startsWith(".")
                && (shard.isAll() ? !name.contains("-shard") : name.endsWith(shard.suffix() + ".csv"));
    }

    private static String profileOf(Path f) {
        try {
            List<CellSummary> rows = ResultCsv.readSummaries(f, Column.PROFILE);
            return rows.isEmpty() ? null : rows.get(0).stamp().get(Column.PROFILE);
        } catch (InvalidResultsException e) {
            return null;
        }
    }
}
