package dev.alphabench.report.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.Measures;
import dev.alphabench.report.RunResults;
import java.util.Locale;

/**
 * github-action-benchmark's {@code customBiggerIsBetter} input: one entry per cell with its median
 * samples/s, the slowest..fastest repetition as {@code range} and the rest of the cell as {@code extra}.
 */
final class GithubActionBenchmark {
    private GithubActionBenchmark() {
    }

    static JsonNode json(RunResults results) {
        ArrayNode list = ExportFormat.JSON.createArrayNode();
        for (CellSummary r : results.summaries()) {
            Measures m = r.measures();
            ObjectNode e = list.addObject();
            e.put("name", Names.of(r));
            e.put("unit", "samples/s");
            e.put("value", Numbers.of(m.samplesPerSec()));
            e.put("range", Numbers.text(m.samplesPerSecMin()) + ".." + Numbers.text(m.samplesPerSecMax()));
            e.put("extra", extra(r));
        }
        return list;
    }

    private static String extra(CellSummary r) {
        Measures m = r.measures();
        String commit = r.stamp().get(Column.GIT_COMMIT);
        return String.format(Locale.ROOT, "median of %d repetitions (range: slowest..fastest); %.3f ms/iteration; "
                        + "accuracy %.1f%%; run %s%s; %s", r.cell().repetitions(), m.msPerIteration(), 100 * m.accuracy(),
                r.stamp().get(Column.RUN_ID), commit.isEmpty() ? "" : " at " + commit, r.stamp().get(Column.DEVICE));
    }
}
