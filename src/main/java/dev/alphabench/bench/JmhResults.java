package dev.alphabench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphabench.report.CellSpec;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.Measures;
import dev.alphabench.report.RunContext;
import dev.alphabench.report.Stamp;
import dev.alphabench.report.Status;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.stats.Statistics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    public static List<CellSummary> convert(Path json, List<LearningCheck> checks, RunContext ctx,
                                    List<Map<String, String>> expected, int forks) {
        List<CellSummary> rows = new ArrayList<>();
        List<Map<String, String>> seen = new ArrayList<>();
        for (JsonNode result : read(json)) {
            Map<String, String> params = params(result);
            seen.add(params);
            rows.add(row(result, params, matching(checks, params), ctx));
        }
        for (Map<String, String> cell : expected) {
            if (!seen.contains(cell)) {
                rows.add(new CellSummary(ctx.stamp(), CellSpec.of(BenchCell.scenario(cell), forks), cell.get(BenchCell.SEED),
                        Measures.NONE, List.of(), "", Status.FAILED,
                        "JMH returned no result for this cell (the benchmark threw; see its output)"));
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

    private static CellSummary row(JsonNode result, Map<String, String> params, List<LearningCheck> checks, RunContext ctx) {
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
        double[] forks = forkSps.stream().mapToDouble(d -> d).toArray();
        double[] acc = checks.stream().mapToDouble(LearningCheck::accuracy).toArray(); // none: NaN, the row is invalid
        double n = Double.NaN;
        Measures m = new Measures((double) samplesPerEpoch * measured, (double) fitsPerEpoch * measured,
                (double) fitsPerEpoch * warmup, n, sps, Statistics.min(forks), Statistics.max(forks), spsError,
                secondsPerEpoch * 1000 / fitsPerEpoch, secondsPerEpoch * measured, n, n, n, n, n, n,
                Statistics.median(checks.stream().mapToDouble(LearningCheck::initialLoss).toArray()),
                Statistics.median(checks.stream().mapToDouble(LearningCheck::finalLoss).toArray()),
                Statistics.median(acc), Statistics.min(acc), Statistics.max(acc));
        CellSpec cell = CellSpec.of(s, forkSps.size()).withEpochs(warmup + measured);
        return learned(ctx.stamp(), cell, params.get(BenchCell.SEED), m, checks);
    }

    private static CellSummary learned(Stamp stamp, CellSpec cell, String seed, Measures m, List<LearningCheck> checks) {
        if (checks.isEmpty()) {
            return new CellSummary(stamp, cell, seed, m, List.of(), "", Status.INVALID,
                    "no learning check was recorded for this cell, so the result is unverified");
        }
        Stamp checked = stamp.with(Column.SETTINGS, checks.get(0).settings());
        List<Double> accuracies = checks.stream().map(LearningCheck::accuracy).toList();
        List<String> problems = new ArrayList<>(checks.stream().filter(c -> c.problem() != null)
                .map(c -> "model did not learn: " + c.problem()).distinct().toList());
        String backend = stamp.get(Column.BACKEND);
        checks.stream().map(LearningCheck::backend).filter(b -> !b.equals(backend)).distinct()
                .forEach(b -> problems.add("the forked JVM loaded backend " + b + ", not " + backend));
        if (problems.isEmpty() && checks.size() != cell.repetitions()) {
            problems.add(checks.size() + " learning checks recorded for " + cell.repetitions() + " forks");
        }
        return new CellSummary(checked, cell, seed, m, accuracies, "", problems.isEmpty() ? Status.OK : Status.INVALID,
                String.join("; ", problems));
    }

    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : Double.NaN;
    }

    /** The JSON file held nothing to convert: an error, never an empty CSV. */
    public static final class NoResultsException extends RuntimeException {
        public NoResultsException(String message) {
            super(message);
        }
    }
}
