package dev.alphabench.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.junit.jupiter.api.Test;

class StatisticsTest {
    @Test
    void medianIsTheMiddleOrTheMeanOfTheTwoMiddleValues() {
        assertThat(Statistics.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
        assertThat(Statistics.median(new double[] {5, 1, 3})).isEqualTo(3);
        assertThat(Statistics.median(new double[] {})).isNaN();
        double[] odd = {0.3, 7.25, 1e-4, 12, 3.5, 3.5, 9};
        assertThat(Statistics.median(odd)).isEqualTo(new Median().evaluate(odd));
    }

    @Test
    void quantilesMinAndMax() {
        double[] v = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Statistics.quantile(v, 0.5)).isEqualTo(5.5);
        assertThat(Statistics.quantile(v, 1.0)).isEqualTo(10);
        assertThat(Statistics.quantile(v, 0.25)).isLessThan(Statistics.quantile(v, 0.75));
        assertThat(Statistics.min(v)).isEqualTo(1);
        assertThat(Statistics.max(v)).isEqualTo(10);
        assertThat(Statistics.min(new double[] {})).isNaN();
    }

    @Test
    void ratioIntervalCoversTheRatioOfMediansAndIsReproducible() {
        double[] base = {100, 102, 98, 101, 99, 100, 103, 97};
        double[] slower = {90, 92, 88, 91, 89, 90, 93, 87};
        Statistics.Interval ci = Statistics.ratioInterval(base, slower, 0.95);
        assertThat(ci.estimate()).isCloseTo(0.9, within(1e-9));
        assertThat(ci.lower()).isLessThan(0.9).isGreaterThan(0.85);
        assertThat(ci.upper()).isGreaterThan(0.9).isLessThan(0.95);
        assertThat(ci.contains(1.0)).isFalse();
        assertThat(Statistics.ratioInterval(base, slower, 0.95)).isEqualTo(ci);
        Statistics.Interval same = Statistics.ratioInterval(base, base.clone(), 0.95);
        assertThat(same.contains(1.0)).isTrue();
        assertThat(Statistics.ratioInterval(base, new double[] {}, 0.95).lower()).isNaN();
    }

    @Test
    void slowerPValueIsSmallOnlyWhenCurrentIsSlower() {
        double[] base = {100, 102, 98, 101, 99, 100};
        double[] slower = {80, 82, 78, 81, 79, 80};
        assertThat(Statistics.slowerPValue(base, slower)).isLessThan(0.01);
        assertThat(Statistics.slowerPValue(slower, base)).isGreaterThan(0.99);
    }
}
