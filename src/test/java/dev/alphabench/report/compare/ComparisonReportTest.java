package dev.alphabench.report.compare;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.report.Golden;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.ResultFixtures;
import dev.alphabench.report.ResultFormat;
import dev.alphabench.report.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files for the report formats. To accept a deliberate format change, run once with
 * {@code -Dalphabench.golden.update=true} and review the diff ({@link Golden}).
 */
class ComparisonReportTest {
    @TempDir
    Path dir;

    /**
     * cpu: 2 ms + 0.5 ms/sample; gpu: 6 ms + 0.1 ms/sample, so gpu wins from batch 10; one-char at
     * batch 4 within noise (2.5% apart, repetitions 10% either side).
     */
    static Comparison sample(Path dir) {
        List<CellSpec> cpu = new ArrayList<>();
        List<CellSpec> gpu = new ArrayList<>();
        for (int b : new int[] {1, 4, 16}) {
            cpu.add(CellSpec.of("timestep-window", b, sps(b, 2.0, 0.5), 0.90));
            gpu.add(CellSpec.of("timestep-window", b, sps(b, 6.0, 0.1), 0.95));
        }
        cpu.add(CellSpec.of("one-char", 1, sps(1, 2.0, 0.5), 0.60));
        gpu.add(CellSpec.of("one-char", 1, sps(1, 6.0, 0.1), 0.56).withStatus(Status.FAILED));
        cpu.add(CellSpec.of("batch-state", 8, sps(8, 2.0, 0.5), 0.50));
        cpu.add(CellSpec.of("one-char", 4, sps(4, 2.0, 0.5), 0.70));
        gpu.add(CellSpec.of("one-char", 4, ResultFixtures.times(1.025, sps(4, 2.0, 0.5)), 0.70));
        Path a = ResultFixtures.write(dir, "cpu", "cpu", cpu);
        Path b = ResultFixtures.write(dir, "gpu", "cuda", gpu);
        return Comparison.of(List.of(a, b));
    }

    /** Three repetitions at 0.9, 1.0 and 1.1 times the model's throughput. */
    static double[] sps(int batch, double fixed, double marginal) {
        double v = 1000 * batch / (fixed + marginal * batch);
        return new double[] {0.9 * v, v, 1.1 * v};
    }

    @Test
    void markdownMatchesGolden() throws IOException {
        Comparison c = sample(dir);
        String md = MarkdownReport.render(ComparisonReport.title(c), new ReportTables(c).all(), List.of("x-accuracy.png"));
        assertGolden("report.md", md);
    }

    @Test
    void csvMatchesGolden() throws IOException {
        assertGolden("report.csv", ComparisonCsv.render(sample(dir)));
    }

    @Test
    void writesAllFilesAndShowsTheSvgChartsInHtml() throws IOException {
        List<Path> written = ComparisonReport.write(sample(dir), dir.resolve("out/cmp"));
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("cmp.md", "cmp.csv", "cmp.html",
                "cmp-throughput-timestep-window.svg", "cmp-throughput-one-char.svg", "cmp-accuracy.svg",
                "cmp-throughput-timestep-window.png", "cmp-throughput-one-char.png", "cmp-accuracy.png");
        String html = Files.readString(dir.resolve("out/cmp.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n")
                .contains("<h1>alphabench comparison: cpu vs cuda</h1>")
                .contains("<h2>Throughput and accuracy per cell</h2>", "<h2>Cost model per target</h2>",
                        "<h2>Where one target overtakes another</h2>", "<h2>Cells not in every input</h2>")
                .contains("<td>cuda overtakes cpu from batch 10.0 (fitted; significant differences at batch 4 and 16)</td>")
                .contains("<td>1.32x [1.08..1.61]</td>", "<td>~ 1.03x [0.84..1.25]</td>");
        assertThat(html.split("<img ", -1)).hasSize(4);
        assertThat(html.split("src=\"cmp-[a-z-]*\\.svg\"", -1)).hasSize(4);
        byte[] png = Files.readAllBytes(dir.resolve("out/cmp-accuracy.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void writesOnlyTheFormatsChosenByName() throws IOException {
        List<ReportFormat> formats = List.of(ResultFormat.byName(ReportFormat.class, "csv"),
                ResultFormat.byName(ReportFormat.class, " Charts "));
        List<Path> written = ComparisonReport.write(sample(dir), dir.resolve("sel/cmp"), formats);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("cmp.csv",
                "cmp-throughput-timestep-window.png", "cmp-throughput-timestep-window.svg", "cmp-throughput-one-char.png",
                "cmp-throughput-one-char.svg", "cmp-accuracy.png", "cmp-accuracy.svg");
        assertThat(Files.list(dir.resolve("sel"))).hasSize(7);
        assertThatThrownBy(() -> ResultFormat.byName(ReportFormat.class, "pdf"))
                .hasMessage("unknown format 'pdf' (valid: md, csv, html, charts)");
    }

    @Test
    void fitsTheKnownCostModels() {
        var models = new ReportTables(sample(dir)).models();
        List<CostModel> tw = models.entrySet().stream().filter(e -> e.getKey().scenario().equals("timestep-window"))
                .findFirst().orElseThrow().getValue();
        // medians are exact model values; min/max do not enter the fit
        assertThat(tw.get(0).fixedMs()).isCloseTo(2.0, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(tw.get(1).marginalMs()).isCloseTo(0.1, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void saysWhenTargetsTrainedDifferentLstmImplementations() {
        List<CellSpec> cells = List.of(CellSpec.of("timestep-window", 1, new double[] {100}, 0.9));
        Path cpu = ResultFixtures.write(dir, "cpu", "cpu", cells, "OMP_NUM_THREADS=1 tuning[threads=1] lstm=fused");
        Path gpu = ResultFixtures.write(dir, "gpu", "cuda", cells, "OMP_NUM_THREADS=1 lstm=dl4j");
        Table inputs = new ReportTables(Comparison.of(List.of(cpu, gpu))).inputs();
        assertThat(inputs.rows()).extracting(r -> r.get(7)).containsExactly("fused", "dl4j");
        assertThat(inputs.note()).contains("different LSTM implementations (cpu: fused, cuda: dl4j)");
        Path old = ResultFixtures.write(dir, "old", "cuda", cells, "OMP_NUM_THREADS=1");
        Table same = new ReportTables(Comparison.of(List.of(gpu, old))).inputs();
        assertThat(same.rows()).extracting(r -> r.get(7)).containsExactly("dl4j", "dl4j");
        assertThat(same.note()).doesNotContain("different LSTM");
    }

    @Test
    void rejectsAFileWithTwoTargets() throws IOException {
        Path a = ResultFixtures.write(dir, "a", "cpu", List.of(CellSpec.of("one-char", 1, new double[] {10}, 0.5)));
        Path mixed = dir.resolve("mixed.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(a));
        lines.add(lines.get(1).replace(",cpu,", ",cuda,").replace("one-char", "stateful"));
        Files.write(mixed, lines);
        assertThatThrownBy(() -> Comparison.of(List.of(a, mixed))).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("several targets");
    }

    private static void assertGolden(String name, String actual) {
        Golden.check(Path.of("src", "test", "resources", "dev", "alphabench", "report", "compare", name), actual);
    }
}
