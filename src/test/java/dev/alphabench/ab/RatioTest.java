package dev.alphabench.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatioTest {
    /** Rounds' paired ratios, on the log scale. */
    static double[] logs(double... ratios) {
        double[] out = new double[ratios.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.log(ratios[i]);
        }
        return out;
    }

    @Test
    void aRoundsRatioIsTheRatioOfTheJvmsMedians() {
        assertThat(Ratio.logRatio(new double[] {100, 90, 120}, new double[] {80, 70, 200})).isCloseTo(Math.log(0.8), within(1e-12));
        assertThat(Ratio.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    @Test
    void aClearSlowdownInEveryRoundHasItsIntervalBelowOneAndIsSlower() {
        Ratio r = Ratio.of(new double[][] {logs(0.80, 0.74, 0.79, 0.75, 0.77)});
        assertThat(r.value()).isCloseTo(0.77, within(0.005));
        assertThat(r.low()).isLessThanOrEqualTo(r.value()).isGreaterThanOrEqualTo(0.74);
        assertThat(r.high()).isGreaterThanOrEqualTo(r.value()).isLessThanOrEqualTo(0.80);
        assertThat(Verdict.of(r, 0.05)).isEqualTo(Verdict.SLOWER);
    }

    @Test
    void roundsOnBothSidesOfOneAreNoDifference() {
        Ratio r = Ratio.of(new double[][] {logs(0.93, 1.06, 0.98, 1.04, 0.95)});
        assertThat(r.low()).isLessThan(1);
        assertThat(r.high()).isGreaterThan(1);
        assertThat(Verdict.of(r, 0.05)).isEqualTo(Verdict.SAME);
        assertThat(Verdict.of(r, 0.05).id()).isEqualTo("~");
    }

    @Test
    void aSignificantDifferenceSmallerThanTheThresholdPasses() {
        Ratio r = Ratio.of(new double[][] {logs(0.97, 0.98, 0.96, 0.97)});
        assertThat(r.significantlyBelowOne()).isTrue();
        assertThat(Verdict.of(r, 0.05)).isEqualTo(Verdict.SAME);
        assertThat(Verdict.of(Ratio.of(new double[][] {logs(1.3, 1.25, 1.35)}), 0.05)).isEqualTo(Verdict.FASTER);
    }

    @Test
    void theSameDataGiveTheSameInterval() {
        double[][] data = {logs(0.9, 1.1, 0.95, 1.02)};
        assertThat(Ratio.of(data)).isEqualTo(Ratio.of(data));
    }

    @Test
    void theSuiteIsTheGeometricMeanOverCellsAndResamplesRoundsTogether() {
        // each round slows one cell and speeds the other alike: the suite stays at 1 in every resample
        Ratio suite = Ratio.of(new double[][] {logs(0.8, 0.9, 0.7), logs(1.25, 1 / 0.9, 1 / 0.7)});
        assertThat(suite.value()).isCloseTo(1.0, within(1e-9));
        assertThat(suite.low()).isCloseTo(1.0, within(1e-9));
        assertThat(suite.high()).isCloseTo(1.0, within(1e-9));
        assertThat(Verdict.of(null, 0.05)).isEqualTo(Verdict.FAILED);
        assertThatThrownBy(() -> Ratio.of(new double[][] {logs(1.0), logs(1.0, 1.0)})).isInstanceOf(IllegalArgumentException.class);
    }
}
