package dev.alphabench.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.compare.Speedup.Significance;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrossoverTest {
    /** cpu 1 ms + 0.5 ms/sample, gpu 5 ms + 0.1 ms/sample: the lines cross at batch 10. */
    static final CostModel CPU = CostModel.fit(List.of(new CostModel.Point(1, 1.5), new CostModel.Point(32, 17)));
    static final CostModel GPU = CostModel.fit(List.of(new CostModel.Point(1, 5.1), new CostModel.Point(32, 8.2)));

    /** Points at batch 1, 2, 4, ...: F faster, S slower, ~ within noise, ? no interval. */
    static List<Crossover.Point> points(String marks) {
        List<Crossover.Point> out = new ArrayList<>();
        int batch = 1;
        for (char m : marks.toCharArray()) {
            Significance s = switch (m) {
                case 'F' -> Significance.FASTER;
                case 'S' -> Significance.SLOWER;
                case '~' -> Significance.SAME;
                default -> Significance.UNKNOWN;
            };
            double ratio = s == Significance.FASTER ? 1.5 : s == Significance.SLOWER ? 0.5 : 1.0;
            out.add(new Crossover.Point(batch, new Speedup(ratio, ratio * 0.9, ratio * 1.1, s)));
            batch *= 2;
        }
        return out;
    }

    static String verdict(String marks) {
        return Crossover.verdict("cpu", "gpu", points(marks), CPU, GPU);
    }

    @Test
    void placesTheFittedCrossingBetweenTheSignificantCells() {
        assertThat(verdict("SS~~FF")).isEqualTo("gpu overtakes cpu from batch 10.0 (fitted; significant differences at batch 2 and 16)");
        assertThat(Crossover.verdict("gpu", "cpu", points("FF~~SS"), GPU, CPU))
                .isEqualTo("gpu overtakes cpu from batch 10.0 (fitted; significant differences at batch 2 and 16)");
    }

    @Test
    void aCrossingOfTheLinesOutsideTheSignificantGapIsNotClaimed() {
        assertThat(verdict("SSSSSF")).isEqualTo("gpu overtakes cpu between batch 16 and 32 (significant differences; "
                + "the fitted lines do not cross there)");
        assertThat(Crossover.verdict("cpu", "gpu", points("S~F"), null, null)).isEqualTo("gpu overtakes cpu between batch 1 and 4 "
                + "(significant differences; the fitted lines do not cross there)");
    }

    @Test
    void noiseIsNotACrossover() {
        assertThat(verdict("~~~")).isEqualTo("no significant difference (batch 1, 2, 4)");
        assertThat(verdict("FFF")).isEqualTo("gpu faster throughout (batch 1, 2, 4)");
        assertThat(verdict("~~FF")).isEqualTo("gpu faster at batch 4, 8; no significant difference at 1, 2");
        assertThat(verdict("SS?")).isEqualTo("cpu faster at batch 1, 2; no significant difference at 4");
        assertThat(verdict("F")).isEqualTo("gpu faster throughout (batch 1)");
    }

    @Test
    void moreThanOneChangeIsNamedAsSuch() {
        assertThat(verdict("FS~F")).isEqualTo("no single crossover: gpu faster at batch 1; cpu faster at batch 2; gpu faster at batch 8");
    }

    @Test
    void withoutIntervalsOrMeasurementsItSaysWhy() {
        assertThat(verdict("??")).startsWith("no interval (needs the raw files");
        List<Crossover.Point> failed = List.of(new Crossover.Point(1, Speedup.NONE));
        assertThat(Crossover.verdict("cpu", "gpu", failed, null, null)).isEqualTo("no cell measured by both (failed or invalid)");
    }
}
