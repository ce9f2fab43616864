package dev.alphabench.report.export;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.RunResults;
import dev.alphabench.report.SummaryFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads what an export needs: a run's summary CSV and, when it sits beside it, its raw CSV. */
public final class ExportInput {
    private ExportInput() {
    }

    /**
     * The ok cells of the summary (the others are counted in {@code skipped}) and the repetitions of the
     * raw file (null without one). A JMH run, an unreadable or invalid file is an {@link InvalidResultsException}.
     */
    public static RunResults read(Path summary, List<CellSummary> skipped) {
        SummaryFile s = SummaryFile.read(summary, Column.SAMPLES_PER_SEC_MIN, Column.SAMPLES_PER_SEC_MAX,
                Column.MS_PER_ITERATION, Column.ACCURACY_MIN, Column.ACCURACY_MAX);
        CellSummary first = s.cells().values().iterator().next();
        if ("jmh".equals(first.stamp().get(Column.SOURCE))) {
            throw new InvalidResultsException(summary + " is a JMH run: export its JMH JSON ("
                    + first.stamp().get(Column.RUN_ID) + "-jmh.json beside it) with github-action-benchmark's tool 'jmh' "
                    + "or Bencher's adapter java_jmh instead");
        }
        List<CellSummary> ok = new ArrayList<>();
        for (CellSummary c : s.cells().values()) {
            (c.ok() && Double.isFinite(c.measures().samplesPerSec()) ? ok : skipped).add(c);
        }
        Path raw = SummaryFile.rawFileOf(summary);
        List<Repetition> raws = null;
        if (Files.isRegularFile(raw)) {
            raws = ResultCsv.readRepetitions(raw, SummaryFile.REQUIRED);
            raws.forEach(r -> SummaryFile.sameTarget(raw, s.target(), r));
        }
        return new RunResults(ok, raws);
    }
}
