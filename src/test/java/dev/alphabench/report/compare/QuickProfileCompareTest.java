package dev.alphabench.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.alphabench.report.QuickShaped;
import dev.alphabench.report.ResultFixtures;
import dev.alphabench.sweep.Cell;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user gets from `compare` after two quick runs (the README's CPU-vs-GPU workflow): fitted series. */
class QuickProfileCompareTest {
    @TempDir
    Path dir;

    @Test
    void theQuickProfileSweepsThreeBatchSizesPerScenarioButStateful() {
        Map<String, Long> batchSizes = QuickShaped.cells().stream().collect(Collectors.groupingBy(
                c -> c.scenario().id() + " " + c.scenario().layout().id(),
                Collectors.mapping(c -> c.scenario().batchSize(), Collectors.counting())));
        batchSizes.forEach((series, n) -> assertThat(n).as(series).isGreaterThanOrEqualTo(series.startsWith("stateful") ? 1 : 3));
        // min-iterations gives the batch sizes of one series different epochs: the series must not be keyed by them
        assertThat(QuickShaped.cells().stream().filter(c -> c.scenario().id().equals("one-char"))
                .map(c -> c.scenario().epochs()).distinct().count()).isGreaterThan(1);
    }

    @Test
    void twoQuickRunsGiveAFittedCostModelForEverySeriesButStateful() {
        // cpu: 2 ms + 0.5 ms/sample; the other: 6 ms + 0.1 ms/sample, so it overtakes from batch 10
        Path cpu = QuickShaped.write(dir, "cpu", ResultFixtures.stamp("cpu", "lstm=dl4j"), 2.0, 0.5);
        Path gpu = QuickShaped.write(dir, "gpu", ResultFixtures.stamp("cuda", "lstm=dl4j"), 6.0, 0.1);
        ReportTables tables = new ReportTables(Comparison.of(List.of(cpu, gpu)));
        Map<Series, List<CostModel>> models = tables.models();
        assertThat(models).hasSize(8);   // one-char, feature-window, timestep-window x2, batch-state, stateful, variable-length x2
        models.forEach((series, fits) -> {
            if (series.scenario().equals("stateful")) {
                assertThat(fits).containsOnlyNulls();
                return;
            }
            assertThat(fits).as(series.label()).doesNotContainNull();
            assertThat(fits.get(0).points()).as(series.label()).isGreaterThanOrEqualTo(3);
            assertThat(fits.get(0).fixedMs()).isCloseTo(2.0, within(1e-6));
            assertThat(fits.get(1).marginalMs()).isCloseTo(0.1, within(1e-6));
        });
        List<List<String>> overtakes = tables.overtakes().rows();
        assertThat(overtakes).filteredOn(r -> r.get(0).startsWith("one-char")).singleElement()
                .satisfies(r -> assertThat(r.get(3)).isEqualTo("cuda overtakes cpu from batch 10.0 (fitted; significant differences at batch 5 and 25)"));
        assertThat(overtakes).filteredOn(r -> r.get(0).startsWith("variable-length")).hasSize(2)
                .allSatisfy(r -> assertThat(r.get(3)).startsWith("cuda overtakes cpu from batch 10.0 (fitted; significant differences at batch 1"));
        assertThat(overtakes).filteredOn(r -> r.get(0).startsWith("stateful")).singleElement()
                .satisfies(r -> assertThat(r.get(3)).isEqualTo("cpu faster throughout (batch 1)"));
    }

    @Test
    void seriesOfAFusedRunNameTheImplementationEachScenarioTrained() {
        List<Cell> cells = QuickShaped.cells();
        Path a = QuickShaped.write(dir, "a", ResultFixtures.stamp("cpu", "lstm=fused"), cells, 2.0, 0.5);
        Path b = QuickShaped.write(dir, "b", ResultFixtures.stamp("cpu-avx2", "lstm=fused"), cells, 1.5, 0.5);
        Map<Series, List<CostModel>> models = new ReportTables(Comparison.of(List.of(a, b))).models();
        assertThat(models.keySet()).extracting(Series::label).contains("one-char time-steps w1 u32 fused",
                "variable-length masked w5 u32 s100 fused", "stateful time-steps w1 u50 dl4j");
    }
}
