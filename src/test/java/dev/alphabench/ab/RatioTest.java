package dev.alphabench.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatioTest {
    static final double[] BASE = {100, 104, 96, 101, 99, 103};

    static double[] times(double f, double[] v) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= f;
        }
        return out;
    }

    @Test
    void aClearSlowdownHasItsIntervalBelowOneAndIsSlower() {
        Ratio r = Ratio.ofMedians(BASE, times(0.77, BASE));
        assertThat(r.value()).isCloseTo(0.77, within(1e-9));
        assertThat(r.low()).isLessThanOrEqualTo(r.value());
        assertThat(r.high()).isGreaterThanOrEqualTo(r.value()).isLessThan(1);
        assertThat(Verdict.of(r, 0.05)).isEqualTo(Verdict.SLOWER);
    }

    @Test
    void noiseWithinTheSamplesIsNoDifference() {
        double[] shuffled = {103, 96, 101, 100, 99, 104};
        Ratio r = Ratio.ofMedians(BASE, shuffled);
        assertThat(r.value()).isCloseTo(1.0, within(1e-9));
        assertThat(r.low()).isLessThan(1);
        assertThat(r.high()).isGreaterThan(1);
        assertThat(Verdict.of(r, 0.05)).isEqualTo(Verdict.SAME);
        assertThat(Verdict.of(r, 0.05).id()).isEqualTo("~");
    }

    @Test
    void aSignificantDifferenceSmallerThanTheThresholdPasses() {
        Ratio r = Ratio.ofMedians(BASE, times(0.97, BASE));
        assertThat(r.significantlyBelowOne()).isTrue();
        assertThat(Verdict.of(r, 0.05)).isEqualTo(Verdict.SAME);
        assertThat(Verdict.of(Ratio.ofMedians(BASE, times(1.3, BASE)), 0.05)).isEqualTo(Verdict.FASTER);
    }

    @Test
    void theSameDataGiveTheSameInterval() {
        double[] cur = {90, 97, 88, 95, 93, 99};
        assertThat(Ratio.ofMedians(BASE, cur)).isEqualTo(Ratio.ofMedians(BASE, cur));
    }

    @Test
    void theSuiteIsTheGeometricMeanOfTheCellRatios() {
        Ratio suite = Ratio.suite(List.of(BASE, BASE), List.of(times(0.8, BASE), times(1.25, BASE)));
        assertThat(suite.value()).isCloseTo(1.0, within(1e-9));
        assertThat(suite.low()).isLessThanOrEqualTo(1.0);
        assertThat(suite.high()).isGreaterThanOrEqualTo(1.0);
        assertThat(Verdict.of(null, 0.05)).isEqualTo(Verdict.FAILED);
    }
}
