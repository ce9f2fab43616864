package dev.alphabench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphabench.backend.Environment;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.Golden;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.RunContext;
import dev.alphabench.report.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The converter on a recorded JMH run (2 cells x 2 forks, jmh-result.json and the forks' learning
 * checks), against a golden CSV. Regenerate the golden with -Dalphabench.golden.update=true ({@link Golden}).
 */
class JmhResultsTest {
    private static final Path DIR = Path.of("src", "test", "resources", "bench");
    private static final Path JSON = DIR.resolve("jmh-result.json");
    private static final Path GOLDEN = DIR.resolve("jmh-result-golden.csv");
    private static final List<LearningCheck> CHECKS = LearningCheck.readAll(DIR.resolve("checks"));

    static RunContext context() {
        Environment env = new Environment("cpu", "CPU", "OPENBLAS", "avx512", "AMD EPYC", "AMD EPYC", 2, "1.0.0-M2.1",
                "17.0.13 (Eclipse Adoptium)", "251f0c8", "", "", 0, "OMP_NUM_THREADS=unset");
        return new RunContext("20261128T180000Z-cpu", Instant.parse("2026-11-28T18:00:00Z"), "jmh-fixture", "jmh", env);
    }

    static List<Map<String, String>> recordedCells() {
        List<Map<String, String>> cells = new ArrayList<>();
        for (String scenario : List.of("timestep-window", "batch-state")) {
            cells.add(cell(scenario));
        }
        return cells;
    }

    static Map<String, String> cell(String scenario) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(BenchCell.SCENARIO, scenario);
        m.put(BenchCell.LAYOUT, BenchCell.TUTORIAL);
        m.put(BenchCell.BATCH_SIZE, BenchCell.TUTORIAL);
        m.put(BenchCell.WINDOW, BenchCell.TUTORIAL);
        m.put(BenchCell.HIDDEN_UNITS, "8");
        m.put(BenchCell.SEED, "1");
        return m;
    }

    private static List<CellSummary> convert(List<LearningCheck> checks, List<Map<String, String>> expected) {
        return JmhResults.convert(JSON, checks, context(), expected, 2);
    }

    @Test
    void recordedRunMatchesTheGoldenCsv(@TempDir Path tmp) throws IOException {
        List<CellSummary> rows = convert(CHECKS, recordedCells()).stream() // timestamp_utc is the one column that is "now"
                .map(r -> new CellSummary(r.stamp().with(Column.TIMESTAMP_UTC, ""), r.cell(), r.seeds(), r.measures(),
                        r.accuracies(), r.generation(), r.status(), r.error())).toList();
        Path actual = tmp.resolve("actual.csv");
        ResultCsv.write(actual, rows);
        Golden.check(GOLDEN, Files.readString(actual));
    }

    @Test
    void throughputFollowsFromJmhScoreAndRawData() throws IOException {
        JsonNode first = new ObjectMapper().readTree(JSON.toFile()).get(0);
        JsonNode metric = first.get("primaryMetric");
        assertThat(metric.get("scoreUnit").asText()).isEqualTo("ms/op");
        double msPerEpoch = metric.get("score").asDouble();
        CellSummary row = convert(CHECKS, recordedCells()).get(0);

        assertThat(ResultCsv.text(row, Column.SCENARIO)).isEqualTo(first.at("/params/scenario").asText());
        int samples = ResultCsv.text(row, Column.SCENARIO).equals("timestep-window") ? 23 : 25;
        assertThat(row.measures().samplesPerSec()).isCloseTo(samples / (msPerEpoch / 1000), within(1e-3 * samples / msPerEpoch * 1000));
        assertThat(row.measures().scoreError() / row.measures().samplesPerSec())
                .isCloseTo(metric.get("scoreError").asDouble() / msPerEpoch, within(1e-4));
        assertThat(row.measures().samplesPerSecMin()).isLessThanOrEqualTo(row.measures().samplesPerSec());
        assertThat(row.measures().samplesPerSecMax()).isGreaterThanOrEqualTo(row.measures().samplesPerSec());
        assertThat(ResultCsv.text(row, Column.REPETITIONS)).isEqualTo(String.valueOf(metric.get("rawData").size()));
        assertThat(ResultCsv.text(row, Column.SOURCE)).isEqualTo("jmh");
        assertThat(row.status()).isEqualTo(Status.OK);
    }

    @Test
    void aCellJmhReturnedNothingForIsAFailedRow() {
        List<Map<String, String>> expected = new ArrayList<>(recordedCells());
        expected.add(cell("one-char"));
        List<CellSummary> rows = convert(CHECKS, expected);

        assertThat(rows).hasSize(3);
        assertThat(ResultCsv.text(rows.get(2), Column.SCENARIO)).isEqualTo("one-char");
        assertThat(rows.get(2).status()).isEqualTo(Status.FAILED);
        assertThat(ResultCsv.text(rows.get(2), Column.ERROR)).contains("no result");
    }

    @Test
    void aModelThatDidNotLearnMakesTheResultInvalid() {
        List<LearningCheck> checks = new ArrayList<>(CHECKS);
        LearningCheck c = checks.remove(0);
        checks.add(0, new LearningCheck(c.params(), c.epochs(), 3.2, Double.NaN, 0.04, "final loss is not finite (NaN)",
                c.backend(), c.settings()));
        CellSummary row = convert(checks, recordedCells()).stream()
                .filter(r -> ResultCsv.text(r, Column.SCENARIO).equals(c.params().get(BenchCell.SCENARIO))).findFirst().orElseThrow();

        assertThat(row.status()).isEqualTo(Status.INVALID);
        assertThat(ResultCsv.text(row, Column.ERROR)).contains("did not learn").contains("not finite");
    }

    @Test
    void aForkOnAnotherBackendThanTheHostMakesTheResultInvalid() {
        List<LearningCheck> checks = new ArrayList<>(CHECKS);
        LearningCheck c = checks.remove(0);
        checks.add(0, new LearningCheck(c.params(), c.epochs(), c.initialLoss(), c.finalLoss(), c.accuracy(), null,
                "CUDA", c.settings()));
        assertThat(convert(checks, recordedCells())).anySatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.INVALID);
            assertThat(ResultCsv.text(r, Column.ERROR)).contains("loaded backend CUDA, not CPU");
        });
    }

    @Test
    void withoutLearningChecksTheResultIsUnverified() {
        assertThat(convert(List.of(), recordedCells())).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.INVALID);
            assertThat(ResultCsv.text(r, Column.ERROR)).contains("no learning check");
        });
        assertThat(convert(CHECKS.subList(0, 1), recordedCells()))
                .anySatisfy(r -> assertThat(ResultCsv.text(r, Column.ERROR)).contains("learning checks recorded for 2 forks"));
    }

    @Test
    void noJsonOrAnEmptyOneIsAnErrorNotAnEmptyCsv(@TempDir Path tmp) throws IOException {
        RunContext ctx = context();
        assertThatThrownBy(() -> JmhResults.convert(tmp.resolve("none.json"), CHECKS, ctx, recordedCells(), 1))
                .isInstanceOf(JmhResults.NoResultsException.class).hasMessageContaining("no JSON");
        Path empty = Files.writeString(tmp.resolve("empty.json"), "[]");
        assertThatThrownBy(() -> JmhResults.convert(empty, CHECKS, ctx, recordedCells(), 1))
                .isInstanceOf(JmhResults.NoResultsException.class).hasMessageContaining("holds no results");
        Path broken = Files.writeString(tmp.resolve("broken.json"), "[{\"benchmark\": ");
        assertThatThrownBy(() -> JmhResults.convert(broken, CHECKS, ctx, recordedCells(), 1))
                .isInstanceOf(JmhResults.NoResultsException.class).hasMessageContaining("not readable JSON");
    }

    @Test
    void scoreUnitsConvertToSecondsPerEpoch() {
        assertThat(ScoreUnit.parse("ms/op").secondsPerEpoch(250)).isCloseTo(0.25, within(1e-12));
        assertThat(ScoreUnit.parse("us/op").secondsPerEpoch(250)).isCloseTo(0.00025, within(1e-12));
        assertThat(ScoreUnit.parse("ops/s").secondsPerEpoch(4)).isCloseTo(0.25, within(1e-12));
        assertThat(ScoreUnit.parse("ops/ms").secondsPerEpoch(0.004)).isCloseTo(0.25, within(1e-12));
        assertThatThrownBy(() -> ScoreUnit.parse("furlongs")).hasMessageContaining("unknown JMH score unit");
    }
}
