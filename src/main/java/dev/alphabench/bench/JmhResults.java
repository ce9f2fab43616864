package dev.alphabench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphabench.report.Column;
import dev.alphabench.report.Row;
import dev.alphabench.report.RowFactory;
import dev.alphabench.report.RunContext;
import dev.alphabench.scenario.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * Converts JMH's JSON result file (never its locale-dependent CSV) plus the recorded learning checks
 * into rows of the common CSV schema: one summary row per cell, {@code source=jmh}, forks as
 * repetitions, JMH's score error converted to samples/s.
 */
public final class JmhResults {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JmhResults() {
    }

    /**
     * @param expected cells the run was asked for; those JMH returned nothing for become failed rows
     * @throws NoResultsException when the file is missing, unreadable or holds no result at all
     */
    public static List<Row> convert(Path json, List<LearningCheck> checks, RunContext ctx,
                                    List<Map<String, String>> expected, int forks) {
        List<Row> rows = new ArrayList<>();
        List<Map<String, String>> seen = new ArrayList<>();
        for (JsonNode result : read(json)) {
            Map<String, String> params = params(result);
            seen.add(params);
            rows.add(row(result, params, matching(checks, params), ctx));
        }
        for (Map<String, String> cell : expected) {
            if (!seen.contains(cell)) {
                rows.add(RowFactory.cell(ctx, BenchCell.scenario(cell), forks)
                        .put(Column.SEED, cell.get(BenchCell.SEED))
                        .put(Column.STATUS, RowFactory.FAILED)
                        .put(Column.ERROR, "JMH returned no result for this cell (the benchmark threw; see its output)"));
            }
        }
        return rows;
    }

    static JsonNode read(Path json) {
        if (!Files.isRegularFile(json)) {
            throw new NoResultsException("JMH wrote no JSON result file (" + json + ")");
        }
        JsonNode root;
        try {
            root = JSON.readTree(json.toFile());
        } catch (IOException e) {
            throw new NoResultsException("JMH result " + json + " is not readable JSON: " + e.getMessage());
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw new NoResultsException("JMH result " + json + " holds no results (every benchmark failed?)");
        }
        return root;
    }

    private static Map<String, String> params(JsonNode result) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : BenchCell.PARAMS) {
            params.put(name, result.path("params").path(name).asText(""));
        }
        return params;
    }

    private static List<LearningCheck> matching(List<LearningCheck> checks, Map<String, String> params) {
        return checks.stream().filter(c -> c.params().equals(params)).toList();
    }

    private static Row row(JsonNode result, Map<String, String> params, List<LearningCheck> checks, RunContext ctx) {
        Scenario s = BenchCell.scenario(params);
        JsonNode metric = result.path("primaryMetric");
        ScoreUnit unit = ScoreUnit.parse(metric.path("scoreUnit").asText());
        int samplesPerEpoch = s.samples();
        int fitsPerEpoch = s.iterationsPerEpoch();
        List<Double> forkSps = new ArrayList<>();
        for (JsonNode fork : metric.path("rawData")) {
            double sum = 0;
            for (JsonNode v : fork) {
                sum += v.asDouble();
            }
            forkSps.add(samplesPerEpoch / unit.secondsPerEpoch(sum / fork.size()));
        }
        double score = metric.path("score").asDouble(Double.NaN);
        double secondsPerEpoch = unit.secondsPerEpoch(score);
        double sps = samplesPerEpoch / secondsPerEpoch;
        double error = number(metric.path("scoreError"));
        // first-order propagation of JMH's confidence half-width into samples/s (same relative error)
        double spsError = sps * Math.abs(error / score);
        int measured = result.path("measurementIterations").asInt() * result.path("measurementBatchSize").asInt(1);
        int warmup = result.path("warmupIterations").asInt() * result.path("warmupBatchSize").asInt(1);
        Row row = RowFactory.cell(ctx, s, forkSps.size())
                .put(Column.EPOCHS, warmup + measured)
                .put(Column.SAMPLES, (long) samplesPerEpoch * measured)
                .put(Column.ITERATIONS, (long) fitsPerEpoch * measured)
                .put(Column.SEED, params.get(BenchCell.SEED))
                .put(Column.WARMUP_ITERATIONS, (long) fitsPerEpoch * warmup)
                .put(Column.SAMPLES_PER_SEC, sps)
                .put(Column.SAMPLES_PER_SEC_MIN, forkSps.stream().mapToDouble(d -> d).min().orElse(Double.NaN))
                .put(Column.SAMPLES_PER_SEC_MAX, forkSps.stream().mapToDouble(d -> d).max().orElse(Double.NaN))
                .put(Column.SCORE_ERROR, spsError)
                .put(Column.MS_PER_ITERATION, secondsPerEpoch * 1000 / fitsPerEpoch)
                .put(Column.TRAIN_SECONDS, secondsPerEpoch * measured);
        return learned(row, checks, forkSps.size());
    }

    private static Row learned(Row row, List<LearningCheck> checks, int forks) {
        if (checks.isEmpty()) {
            return row.put(Column.STATUS, RowFactory.INVALID)
                    .put(Column.ERROR, "no learning check was recorded for this cell, so the result is unverified");
        }
        double[] acc = checks.stream().mapToDouble(LearningCheck::accuracy).toArray();
        row.put(Column.INITIAL_LOSS, median(checks.stream().mapToDouble(LearningCheck::initialLoss).toArray()))
                .put(Column.FINAL_LOSS, median(checks.stream().mapToDouble(LearningCheck::finalLoss).toArray()))
                .put(Column.ACCURACY, median(acc))
                .put(Column.ACCURACY_MIN, Arrays.stream(acc).min().orElse(Double.NaN))
                .put(Column.ACCURACY_MAX, Arrays.stream(acc).max().orElse(Double.NaN))
                .put(Column.ACCURACIES, Arrays.stream(acc).mapToObj(Row::format).collect(Collectors.joining(";")))
                .put(Column.SETTINGS, checks.get(0).settings());
        List<String> problems = new ArrayList<>(checks.stream().filter(c -> c.problem() != null)
                .map(c -> "model did not learn: " + c.problem()).distinct().toList());
        checks.stream().map(LearningCheck::backend).filter(b -> !b.equals(row.get(Column.BACKEND))).distinct()
                .forEach(b -> problems.add("the forked JVM loaded backend " + b + ", not " + row.get(Column.BACKEND)));
        if (!problems.isEmpty()) {
            return row.put(Column.STATUS, RowFactory.INVALID).put(Column.ERROR, String.join("; ", problems));
        }
        if (checks.size() != forks) {
            return row.put(Column.STATUS, RowFactory.INVALID).put(Column.ERROR,
                    checks.size() + " learning checks recorded for " + forks + " forks");
        }
        return row.put(Column.STATUS, RowFactory.OK).put(Column.ERROR, "");
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    private static double median(double[] v) {
        return new Median().evaluate(v);
    }

    /** The JSON file held nothing to convert: an error, never an empty CSV. */
    public static final class NoResultsException extends RuntimeException {
        public NoResultsException(String message) {
            super(message);
        }
    }
}
