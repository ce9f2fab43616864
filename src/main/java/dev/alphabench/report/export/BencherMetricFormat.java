package dev.alphabench.report.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Measures;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.RunResults;
import dev.alphabench.stats.Statistics;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bencher Metric Format: per cell the measures {@code throughput} (samples/s), {@code ms-per-iteration}
 * and {@code accuracy} (0..1), each with its median as {@code value} and the slowest and fastest
 * repetition (lowest and highest accuracy) as {@code lower_value} and {@code upper_value}.
 */
final class BencherMetricFormat {
    private BencherMetricFormat() {
    }

    static JsonNode json(RunResults results) {
        Map<String, double[]> msPerIteration = msPerIteration(results.raws());
        ObjectNode root = ExportFormat.JSON.createObjectNode();
        for (CellSummary r : results.summaries()) {
            Measures m = r.measures();
            ObjectNode bench = root.putObject(Names.of(r));
            measure(bench, "throughput", m.samplesPerSec(), m.samplesPerSecMin(), m.samplesPerSecMax());
            double[] ms = msPerIteration.getOrDefault(r.cell().key(), new double[0]);
            measure(bench, "ms-per-iteration", m.msPerIteration(), Statistics.min(ms), Statistics.max(ms));
            measure(bench, "accuracy", m.accuracy(), m.accuracyMin(), m.accuracyMax());
        }
        return root;
    }

    /** A measure; left out when not measured, its bounds left out when unknown (no raw file). */
    private static void measure(ObjectNode bench, String slug, double value, double lower, double upper) {
        if (Double.isNaN(value)) {
            return;
        }
        ObjectNode o = bench.putObject(slug);
        o.put("value", Numbers.of(value));
        if (!Double.isNaN(lower) && !Double.isNaN(upper)) {
            o.put("lower_value", Numbers.of(lower));
            o.put("upper_value", Numbers.of(upper));
        }
    }

    /** Per cell key, the ok repetitions' ms per iteration. */
    private static Map<String, double[]> msPerIteration(List<Repetition> raws) {
        Map<String, double[]> out = new HashMap<>();
        if (raws == null) {
            return out;
        }
        Map<String, List<Double>> values = new HashMap<>();
        for (Repetition r : raws) {
            if (r.ok() && Double.isFinite(r.measures().msPerIteration())) {
                values.computeIfAbsent(r.cell().key(), k -> new java.util.ArrayList<>()).add(r.measures().msPerIteration());
            }
        }
        values.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }
}
