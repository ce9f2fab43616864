package dev.alphabench.report.compare;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.alphabench.report.ResultFixtures;
import dev.alphabench.report.SummaryFile;
import dev.alphabench.report.compare.Speedup.Significance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeedupTest {
    @TempDir
    Path dir;

    @Test
    void threeRepetitionsApartAreSignificantWithTheRangeRatioAsInterval() {
        Speedup s = Speedup.of(1.2, new double[] {90, 100, 110}, new double[] {115, 120, 125});
        assertThat(s.significance()).isEqualTo(Significance.FASTER);
        // with 3 repetitions the bootstrap's 2.5% and 97.5% points are the extreme ratios
        assertThat(s.lower()).isCloseTo(115.0 / 110, within(1e-12));
        assertThat(s.upper()).isCloseTo(125.0 / 90, within(1e-12));
        assertThat(s.text()).isEqualTo("1.20x [1.05..1.39]");
        assertThat(Speedup.of(0.5, new double[] {115, 120, 125}, new double[] {55, 60, 65}).significance())
                .isEqualTo(Significance.SLOWER);
    }

    @Test
    void overlappingRepetitionsAreWithinNoise() {
        Speedup s = Speedup.of(1.05, new double[] {90, 100, 110}, new double[] {95, 105, 115});
        assertThat(s.significance()).isEqualTo(Significance.SAME);
        assertThat(s.significant()).isFalse();
        assertThat(s.lower()).isLessThan(1.0);
        assertThat(s.upper()).isGreaterThan(1.0);
        assertThat(s.text()).startsWith("~ 1.05x [").endsWith("]");
    }

    @Test
    void moreRepetitionsResolveASmallerDifferenceThanTheirRanges() {
        double[] noise = {-2, -1.5, -1, -0.5, 0, 0, 0.5, 1, 1.5, 2};
        double[] ref = new double[noise.length];
        double[] other = new double[noise.length];
        for (int i = 0; i < noise.length; i++) {
            ref[i] = 100 + noise[i];
            other[i] = 103 + noise[(i + 3) % noise.length];
        }
        // ranges 98..102 and 101..105 overlap, the medians' interval does not reach 1
        Speedup s = Speedup.of(1.03, ref, other);
        assertThat(s.significance()).isEqualTo(Significance.FASTER);
        assertThat(s.lower()).isGreaterThan(1.0).isLessThan(1.03);
    }

    @Test
    void oneRepetitionOrNoneGivesNoInterval() {
        assertThat(Speedup.of(2.0, new double[] {100}, new double[] {200}).significance()).isEqualTo(Significance.UNKNOWN);
        assertThat(Speedup.of(2.0, new double[] {100}, new double[] {200}).text()).isEqualTo("2.00x (no interval)");
        assertThat(Speedup.of(Double.NaN, new double[] {1, 2}, new double[] {1, 2}).text()).isEqualTo("-");
    }

    @Test
    void theIntervalIsTheSameOnEveryRun() {
        double[] a = {10, 12, 11, 13, 9};
        double[] b = {12, 13, 11, 15, 14};
        assertThat(Speedup.of(1.1, a, b)).isEqualTo(Speedup.of(1.1, a, b));
    }

    @Test
    void anInputWithoutItsRawFileHasNoIntervalsAndTheReportSaysSo() throws IOException {
        List<CellSpec> cells = List.of(CellSpec.of("one-char", 1, new double[] {100, 101, 102}, 0.5));
        Path a = ResultFixtures.write(dir, "a", "cpu", cells);
        Path b = ResultFixtures.write(dir, "b", "cpu-avx2", List.of(CellSpec.of("one-char", 1, new double[] {200, 201, 202}, 0.5)));
        Files.delete(SummaryFile.rawFileOf(b));
        Comparison c = Comparison.of(List.of(a, b));
        String key = c.keys().get(0);
        assertThat(c.speedupInterval(key, 1).significance()).isEqualTo(Significance.UNKNOWN);
        assertThat(c.speedupInterval(key, 0)).isEqualTo(Speedup.NONE);
        ReportTables tables = new ReportTables(c);
        assertThat(tables.inputs().note()).contains("No raw file", "for cpu-avx2: speedups against it have no interval");
        assertThat(tables.cells().rows().get(0)).contains("1.99x (no interval)");
        assertThat(ComparisonCsv.render(c).lines().skip(2).findFirst().orElseThrow()).endsWith(",true,,,");
        assertThat(tables.overtakes().rows().get(0).get(3)).startsWith("no interval");
    }
}
