package dev.alphabench.report.export;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Golden;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.QuickShaped;
import dev.alphabench.report.ResultFixtures;
import dev.alphabench.report.ResultFormat;
import dev.alphabench.report.RunResults;
import dev.alphabench.report.Status;
import dev.alphabench.report.SummaryFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for the export formats. To accept a deliberate change, run once with
 * {@code -Dalphabench.golden.update=true} and review the diff ({@link Golden}).
 */
class ExportFormatTest {
    @TempDir
    Path dir;

    /** A fused-LSTM run: two batch sizes of timestep-window, stateful (always DL4J's layer) and a failed cell. */
    Path run() {
        List<CellSpec> cells = List.of(
                CellSpec.of("timestep-window", 1, new double[] {180, 200, 210}, 0.9),
                CellSpec.of("timestep-window", 23, new double[] {2000, 2300, 2100}, 0.5).withAccuracy(0.5, 0.45, 0.55),
                CellSpec.of("stateful", 1, new double[] {50, 52, 49}, 0.8),
                CellSpec.of("one-char", 1, new double[] {90, 95, 99}, 0.3).withStatus(Status.FAILED));
        return ResultFixtures.write(dir, "run", "cpu", cells, "OMP_NUM_THREADS=1 lstm=fused");
    }

    RunResults read(Path file, List<CellSummary> skipped) {
        return ExportInput.read(file, skipped);
    }

    @Test
    void githubActionBenchmarkMatchesGolden() throws IOException {
        List<CellSummary> skipped = new ArrayList<>();
        String json = ExportFormat.GITHUB_ACTION_BENCHMARK.render(read(run(), skipped));
        assertThat(skipped).extracting(c -> c.cell().scenario()).containsExactly("one-char");
        JsonNode list = ExportFormat.JSON.readTree(json);
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(3);
        list.forEach(e -> assertThat(e.fieldNames()).toIterable().containsExactly("name", "unit", "value", "range", "extra"));
        assertThat(list.get(0).get("value").asDouble()).isEqualTo(200);
        assertThat(list.get(0).get("range").asText()).isEqualTo("180..210");
        assertThat(list.get(2).get("name").asText()).isEqualTo("cpu stateful time-steps window=3 batch=1 units=32 epochs=2 lstm=dl4j");
        golden("github-action-benchmark.json", json);
    }

    @Test
    void bencherMatchesGolden() throws IOException {
        String json = ExportFormat.BENCHER.render(read(run(), new ArrayList<>()));
        JsonNode root = ExportFormat.JSON.readTree(json);
        JsonNode wide = root.get("cpu timestep-window time-steps window=3 batch=23 units=32 epochs=2 lstm=fused");
        assertThat(wide.fieldNames()).toIterable().containsExactly("throughput", "ms-per-iteration", "accuracy");
        assertThat(wide.get("throughput").get("value").asDouble()).isEqualTo(2100);
        assertThat(wide.get("throughput").get("lower_value").asDouble()).isEqualTo(2000);
        assertThat(wide.get("throughput").get("upper_value").asDouble()).isEqualTo(2300);
        // ms per iteration = 1000 x 23 / samples/s: its bounds come from the raw file's repetitions
        assertThat(wide.get("ms-per-iteration").get("lower_value").asDouble()).isEqualTo(10);
        assertThat(wide.get("ms-per-iteration").get("upper_value").asDouble()).isEqualTo(11.5);
        assertThat(wide.get("accuracy").get("lower_value").asDouble()).isEqualTo(0.45);
        golden("bencher.json", json);
    }

    @Test
    void withoutTheRawFileBencherHasNoMsPerIterationBounds() throws IOException {
        Path run = run();
        Files.delete(SummaryFile.rawFileOf(run));
        JsonNode root = ExportFormat.JSON.readTree(ExportFormat.BENCHER.render(read(run, new ArrayList<>())));
        JsonNode ms = root.get("cpu timestep-window time-steps window=3 batch=1 units=32 epochs=2 lstm=fused").get("ms-per-iteration");
        assertThat(ms.fieldNames()).toIterable().containsExactly("value");
        assertThat(root.get("cpu timestep-window time-steps window=3 batch=1 units=32 epochs=2 lstm=fused")
                .get("throughput").has("lower_value")).isTrue();
    }

    @Test
    void formatsAreChosenByNameAndWriteBaseJson() throws IOException {
        assertThat(ResultFormat.byName(ExportFormat.class, "github-action-benchmark")).isEqualTo(ExportFormat.GITHUB_ACTION_BENCHMARK);
        assertThat(ResultFormat.byName(ExportFormat.class, " Bencher ")).isEqualTo(ExportFormat.BENCHER);
        assertThatThrownBy(() -> ResultFormat.byName(ExportFormat.class, "jmh"))
                .hasMessage("unknown format 'jmh' (valid: github-action-benchmark, bencher)");
        RunResults results = read(run(), new ArrayList<>());
        List<Path> written = ExportFormat.BENCHER.write(results, dir.resolve("out/bmf"));
        assertThat(written).containsExactly(dir.resolve("out/bmf.json"));
        assertThat(Files.readString(written.get(0))).isEqualTo(ExportFormat.BENCHER.render(results));
    }

    @Test
    void aJmhRunIsReferredToItsOwnJson() throws IOException {
        Path run = run();
        List<String> lines = new ArrayList<>(Files.readAllLines(run));
        lines.replaceAll(l -> l.startsWith("run_id") ? l : l.replace("20261128T000000Z-cpu,,,", "20261128T000000Z-cpu,,,jmh"));
        Files.write(run, lines);
        assertThat(Files.readString(run)).contains(",jmh,cpu,");
        assertThatThrownBy(() -> read(run, new ArrayList<>())).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("is a JMH run").hasMessageContaining("20261128T000000Z-cpu-jmh.json");
    }

    @Test
    void everyCellOfAQuickRunHasItsOwnName() throws IOException {
        Path quick = QuickShaped.write(dir, "quick", ResultFixtures.stamp("cpu", "lstm=dl4j"), 2.0, 0.5);
        RunResults results = read(quick, new ArrayList<>());
        JsonNode list = ExportFormat.JSON.readTree(ExportFormat.GITHUB_ACTION_BENCHMARK.render(results));
        List<String> names = new ArrayList<>();
        list.forEach(e -> names.add(e.get("name").asText()));
        assertThat(names).hasSize(QuickShaped.cells().size()).doesNotHaveDuplicates()
                .contains("cpu variable-length masked window=5 batch=10 units=32 epochs=30 sequences=100 lstm=dl4j");
        assertThat(ExportFormat.JSON.readTree(ExportFormat.BENCHER.render(results)).size()).isEqualTo(names.size());
    }

    private static void golden(String name, String actual) {
        Golden.check(Path.of("src", "test", "resources", "dev", "alphabench", "report", "export", name), actual);
    }
}
