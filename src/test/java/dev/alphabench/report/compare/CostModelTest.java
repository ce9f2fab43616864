package dev.alphabench.report.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CostModelTest {
    private static final int[] BATCHES = {1, 2, 4, 8, 16, 32};

    static List<CostModel.Point> points(double fixed, double marginal, double noise, long seed) {
        Random rnd = new Random(seed);
        List<CostModel.Point> points = new ArrayList<>();
        for (int b : BATCHES) {
            for (int rep = 0; rep < 3; rep++) {
                points.add(new CostModel.Point(b, (fixed + marginal * b) * (1 + noise * rnd.nextGaussian())));
            }
        }
        return points;
    }

    @Test
    void recoversExactParameters() {
        CostModel m = CostModel.fit(points(2.5, 0.125, 0, 1));
        assertThat(m.fixedMs()).isCloseTo(2.5, within(1e-9));
        assertThat(m.marginalMs()).isCloseTo(0.125, within(1e-9));
        assertThat(m.r2()).isCloseTo(1.0, within(1e-12));
        assertThat(m.points()).isEqualTo(18);
        assertThat(m.minBatch()).isEqualTo(1);
        assertThat(m.maxBatch()).isEqualTo(32);
        assertThat(m.samplesPerSecond(8)).isCloseTo(1000 * 8 / 3.5, within(1e-9));
    }

    @Test
    void recoversParametersUnderNoiseWithLowerFit() {
        CostModel m = CostModel.fit(points(4.0, 0.5, 0.03, 42));
        assertThat(m.fixedMs()).isCloseTo(4.0, within(0.3));
        assertThat(m.marginalMs()).isCloseTo(0.5, within(0.03));
        assertThat(m.r2()).isBetween(0.95, 0.9999);
    }

    @Test
    void needsTwoBatchSizes() {
        assertThat(CostModel.fit(List.of(new CostModel.Point(4, 1.0), new CostModel.Point(4, 1.1)))).isNull();
        assertThat(CostModel.fit(List.of(new CostModel.Point(4, Double.NaN), new CostModel.Point(8, 1.1)))).isNull();
    }

    @Test
    void findsTheCrossoverBatchSize() {
        CostModel cpu = CostModel.fit(points(1.0, 0.5, 0, 1));   // cheap to start, expensive per sample
        CostModel gpu = CostModel.fit(points(5.0, 0.1, 0, 1));   // 4 ms more overhead, 0.4 ms less per sample
        assertThat(cpu.overtake("cpu", gpu, "gpu")).isEqualTo("gpu overtakes cpu from batch 10.0");
        assertThat(gpu.overtake("gpu", cpu, "cpu")).isEqualTo("gpu overtakes cpu from batch 10.0");
    }

    @Test
    void saysWhenNoCrossoverIsInRange() {
        CostModel a = CostModel.fit(points(1.0, 0.1, 0, 1));
        CostModel slower = CostModel.fit(points(2.0, 0.2, 0, 1));
        CostModel faster = CostModel.fit(points(0.5, 0.05, 0, 1));
        assertThat(a.overtake("a", slower, "b")).isEqualTo("b never overtakes a in the measured range (batch 1..32)");
        assertThat(a.overtake("a", faster, "b")).isEqualTo("b faster throughout (batch 1..32)");
        CostModel late = CostModel.fit(points(100.0, 0.01, 0, 1));   // would cross near batch 1100, outside 1..32
        assertThat(a.overtake("a", late, "b")).startsWith("b never overtakes a");
    }
}
