package dev.alphabench.regress;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.SummaryFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One run's summary CSV with its raw CSV beside it ({@code NAME-raw.csv}), validated for the gate. */
public record ResultSet(Path file, String target, Map<String, CellSummary> summaries, Map<String, List<Repetition>> raws) {
    static final Column[] RAW = {Column.TARGET, Column.SCENARIO, Column.LAYOUT, Column.WINDOW, Column.HIDDEN_UNITS,
            Column.BATCH_SIZE, Column.EPOCHS, Column.SEQUENCES, Column.SAMPLES_PER_SEC, Column.STATUS, null};

    public static Path rawFileOf(Path summary) {
        return SummaryFile.rawFileOf(summary);
    }

    /** Reads and validates both files; anything the gate cannot trust is an {@link InvalidResultsException}. */
    public static ResultSet read(Path summaryFile, Metric metric) {
        SummaryFile summary = SummaryFile.read(summaryFile, Column.ACCURACY_MIN, Column.ACCURACY_TARGET);
        Path rawFile = SummaryFile.rawFileOf(summaryFile);
        Column[] required = RAW.clone();
        required[RAW.length - 1] = metric.divisor() == null ? Column.SAMPLES_PER_SEC : metric.divisor();
        List<Repetition> rawRows = ResultCsv.readRepetitions(rawFile, required);
        Map<String, List<Repetition>> raws = new LinkedHashMap<>();
        for (Repetition r : rawRows) {
            SummaryFile.sameTarget(rawFile, summary.target(), r);
            if (!summary.cells().containsKey(r.cell().key())) {
                throw new InvalidResultsException(rawFile + ": cell " + r.cell().label() + " is not in " + summaryFile);
            }
            if (r.ok()) {
                finite(rawFile, r, metric);
                raws.computeIfAbsent(r.cell().key(), k -> new ArrayList<>()).add(r);
            }
        }
        for (CellSummary r : summary.cells().values()) {
            if (r.ok()) {
                if (!Double.isFinite(r.measures().accuracy()) || !Double.isFinite(r.measures().accuracyMin())) {
                    throw new InvalidResultsException(summaryFile + ": cell " + r.cell().label() + " has no finite accuracy");
                }
                if (!raws.containsKey(r.cell().key())) {
                    throw new InvalidResultsException(rawFile + ": no repetitions of cell " + r.cell().label());
                }
            }
        }
        return new ResultSet(summaryFile, summary.target(), summary.cells(), raws);
    }

    private static void finite(Path file, Repetition r, Metric metric) {
        double v = metric.of(r);
        if (!Double.isFinite(v) || v <= 0) {
            throw new InvalidResultsException(file + ": cell " + r.cell().label() + " repetition " + r.repetition()
                    + " has no usable " + metric.id() + " throughput (samples_per_sec '"
                    + shown(r.measures().samplesPerSec()) + "'"
                    + (metric.divisor() == null ? "" : ", " + metric.divisor().header() + " '"
                    + shown(metric.divisorOf(r)) + "'")
                    + ")" + (metric.divisor() == null ? "" : "; use --metric raw for results without " + metric.divisor().header()));
        }
    }

    private static String shown(double v) {
        return Double.isNaN(v) ? "NaN" : ResultCsv.format(v); // empty and NaN both read as not measured
    }

    static String label(String cellKey) {
        return cellKey.replace('|', ' ');
    }
}
