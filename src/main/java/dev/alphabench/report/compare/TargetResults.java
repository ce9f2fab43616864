package dev.alphabench.report.compare;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.SummaryFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The summary rows of one results file, keyed by cell, under the name of its target, with the
 * samples/s of every ok repetition of each cell from the raw file beside it.
 *
 * @param samplesPerSec per cell key, the ok repetitions' samples/s; empty when there is no raw file ({@code raw} null)
 */
public record TargetResults(String label, Path file, Map<String, CellSummary> cells, Path raw,
                            Map<String, double[]> samplesPerSec) {

    /**
     * Reads a summary CSV and its {@code -raw.csv} when there is one; a file holding several targets,
     * or one cell twice, or a raw file that cannot be read, is invalid.
     */
    public static TargetResults read(Path file) {
        SummaryFile s = SummaryFile.read(file, Column.SAMPLES_PER_SEC_MIN, Column.SAMPLES_PER_SEC_MAX, Column.MS_PER_ITERATION);
        String label = s.target().isEmpty() ? file.getFileName().toString() : s.target();
        Path raw = SummaryFile.rawFileOf(file);
        if (!Files.isRegularFile(raw)) {
            return new TargetResults(label, file, s.cells(), null, Map.of());
        }
        Map<String, java.util.List<Double>> values = new LinkedHashMap<>();
        for (Repetition r : ResultCsv.readRepetitions(raw, SummaryFile.REQUIRED)) {
            SummaryFile.sameTarget(raw, s.target(), r);
            if (r.ok() && Double.isFinite(r.measures().samplesPerSec())) {
                values.computeIfAbsent(r.cell().key(), k -> new java.util.ArrayList<>()).add(r.measures().samplesPerSec());
            }
        }
        Map<String, double[]> sps = new LinkedHashMap<>();
        values.forEach((k, v) -> sps.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return new TargetResults(label, file, s.cells(), raw, Collections.unmodifiableMap(sps));
    }

    public TargetResults withLabel(String newLabel) {
        return new TargetResults(newLabel, file, cells, raw, samplesPerSec);
    }

    public CellSummary any() {
        return cells.values().iterator().next();
    }

    /** The ok repetitions' samples/s of a cell; empty when unknown. */
    public double[] repetitions(String key) {
        return samplesPerSec.getOrDefault(key, new double[0]);
    }
}
