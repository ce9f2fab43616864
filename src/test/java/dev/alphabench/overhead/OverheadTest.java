package dev.alphabench.overhead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.alphabench.settings.Settings;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OverheadTest {

    @Test
    void medianIntervalOfAHundredValuesIsRanks40And61() {
        // 1..100 shuffled: sorted rank r holds value r. For n = 100 at 95% the textbook ranks are 40 and 61
        // (P(Bin(100, 1/2) <= 39) = 0.0176 <= 0.025 < P(<= 40) = 0.0284), coverage 1 - 2 * 0.0176 = 0.9648.
        double[] v = IntStream.rangeClosed(1, 100).map(i -> (i * 37) % 101).asDoubleStream().toArray();
        Overhead.Interval ci = Overhead.medianInterval(v, 0.95);
        assertThat(ci.median()).isEqualTo(50.5);
        assertThat(ci.lowerRank()).isEqualTo(40);
        assertThat(ci.upperRank()).isEqualTo(61);
        assertThat(ci.lower()).isEqualTo(40.0);
        assertThat(ci.upper()).isEqualTo(61.0);
        assertThat(ci.coverage()).isCloseTo(0.9648, within(1e-4));
    }

    @Test
    void smallSamples() {
        // n = 6: P(Bin(6, 1/2) = 0) = 1/64 <= 0.025, so [min, max] with coverage 1 - 2/64
        Overhead.Interval six = Overhead.medianInterval(new double[] {6, 1, 5, 2, 4, 3}, 0.95);
        assertThat(six.median()).isEqualTo(3.5);
        assertThat(six.lower()).isEqualTo(1.0);
        assertThat(six.upper()).isEqualTo(6.0);
        assertThat(six.coverage()).isEqualTo(1 - 2.0 / 64);
        // n = 5: 1/32 > 0.025, no 95% interval
        Overhead.Interval five = Overhead.medianInterval(new double[] {1, 2, 3, 4, 5}, 0.95);
        assertThat(five.median()).isEqualTo(3.0);
        assertThat(five.defined()).isFalse();
        assertThat(Overhead.outcome(five)).isEqualTo(Overhead.Outcome.NOT_RESOLVED);
        // n = 9: P(Bin(9, 1/2) <= 1) = 10/512 = 0.0195: ranks 2 and 8
        Overhead.Interval nine = Overhead.medianInterval(new double[] {9, 8, 7, 6, 5, 4, 3, 2, 1}, 0.95);
        assertThat(nine.lowerRank()).isEqualTo(2);
        assertThat(nine.upperRank()).isEqualTo(8);
        assertThat(nine.lower()).isEqualTo(2.0);
        assertThat(nine.upper()).isEqualTo(8.0);
        assertThat(nine.coverage()).isCloseTo(1 - 20.0 / 512, within(1e-12));
    }

    static Overhead.Interval ci(double lower, double upper) {
        return new Overhead.Interval((lower + upper) / 2, lower, upper, 1, 6, 0.97);
    }

    @Test
    void verdicts() {
        assertThat(Overhead.outcome(ci(0.99, 1.01))).isEqualTo(Overhead.Outcome.WITHIN);
        assertThat(Overhead.outcome(ci(0.98, 1.30))).isEqualTo(Overhead.Outcome.WITHIN);   // not slower by more than 2%
        assertThat(Overhead.outcome(ci(1.05, 1.10))).isEqualTo(Overhead.Outcome.WITHIN);
        assertThat(Overhead.outcome(ci(0.97, 1.01))).isEqualTo(Overhead.Outcome.NOT_RESOLVED);
        assertThat(Overhead.outcome(ci(0.90, 0.98))).isEqualTo(Overhead.Outcome.NOT_RESOLVED);
        assertThat(Overhead.outcome(ci(0.90, 0.979))).isEqualTo(Overhead.Outcome.SLOWER);
        assertThat(Overhead.outcome(ci(Double.NaN, Double.NaN))).isEqualTo(Overhead.Outcome.NOT_RESOLVED);
        assertThat(Overhead.Outcome.WITHIN.text()).isEqualTo("within 2%");
        assertThat(Overhead.Outcome.NOT_RESOLVED.text()).isEqualTo("not resolved");
        assertThat(Overhead.Outcome.SLOWER.text()).isEqualTo("harness slower");
    }

    @Test
    void pairsRunAbbaAndWarmupIsNotCounted() {
        List<String> calls = new ArrayList<>();
        // harness blocks take 100 ns (CPU 50), bare blocks 95 + call number (CPU 49): ratio = bare / harness time
        int[] bareCalls = {0};
        Overhead.Side harness = () -> {
            calls.add("H");
            return new Overhead.Block(100, 50);
        };
        Overhead.Side bare = () -> {
            calls.add("B");
            return new Overhead.Block(95 + bareCalls[0]++, 49);
        };
        List<Overhead.Pair> seen = new ArrayList<>();
        Overhead.Result sum = Overhead.measure(harness, bare, 50, 2, 7, seen::add);
        assertThat(String.join("", calls)).isEqualTo("HB" + "BH" + "HB" + "BH" + "HB" + "BH" + "HB" + "BH" + "HB");
        assertThat(seen).hasSize(9);
        assertThat(seen.subList(0, 2)).allMatch(Overhead.Pair::warmup);
        assertThat(sum.pairs()).hasSize(7).noneMatch(Overhead.Pair::warmup);
        assertThat(sum.pairs()).extracting(Overhead.Pair::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(sum.pairs()).extracting(Overhead.Pair::harnessFirst).containsExactly(true, false, true, false, true, false, true);
        // measured bare times 97..103 -> ratios 0.97..1.03, median 1.00; n = 7 -> ranks 1 and 7
        assertThat(sum.ratio().median()).isCloseTo(1.00, within(1e-12));
        assertThat(sum.ratio().lower()).isCloseTo(0.97, within(1e-12));
        assertThat(sum.ratio().upper()).isCloseTo(1.03, within(1e-12));
        assertThat(sum.outcome()).isEqualTo(Overhead.Outcome.NOT_RESOLVED);
        assertThat(sum.cpuRatio().median()).isEqualTo(0.98);
        assertThat(sum.cpuRatio().lower()).isEqualTo(0.98);
        assertThat(sum.cpuOutcome()).isEqualTo(Overhead.Outcome.WITHIN);
        Overhead.Pair first = sum.pairs().get(0);
        assertThat(first.harness()).isCloseTo(50 / 100e-9, within(1e-3));
        assertThat(first.ratio()).isCloseTo(first.harness() / first.bare(), within(1e-12));
        assertThat(Overhead.harnessFirst(0)).isTrue();
        assertThat(Overhead.harnessFirst(1)).isFalse();
    }

    @Test
    void bothSidesTrainTheSameNetworkOnTheSameData() {
        // full batch: the harness concatenates rows, the bare loop uses DataSet.merge; same order, same seed
        Scenario s = Scenarios.TIMESTEP_WINDOW.withBatchSize(5);
        Sides cell = new Sides(s, 7, 2, 3, 5, Settings.defaults());
        assertThat(cell.samplesPerBlock()).isEqualTo(2L * 23);
        Overhead.Result sum = Overhead.measure(cell.harness(), cell.bare(), cell.samplesPerBlock(), 0, 3, p -> { });
        assertThat(sum.pairs()).allMatch(p -> p.harnessBlock().nanos() > 0 && p.bareBlock().nanos() > 0);
        assertThat(sum.pairs()).allMatch(p -> p.harnessBlock().cpuNanos() > 0 && p.bareBlock().cpuNanos() > 0);
        assertThat(cell.session().epoch()).isEqualTo(6);
        assertThat(cell.session().done()).isTrue();
        assertThat(cell.parameterDifference()).isEqualTo(0.0);
    }
}
