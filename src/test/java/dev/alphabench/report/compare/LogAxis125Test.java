package dev.alphabench.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogAxis125Test {
    @Test
    void ticksAreTheOneTwoFiveValuesInRange() {
        assertThat(LogAxis125.ticks(0.8, 130)).containsExactly(1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0);
        assertThat(LogAxis125.ticks(0.04, 0.3)).containsExactly(0.05, 0.1, 0.2);
        assertThat(LogAxis125.ticks(2, 2)).containsExactly(2.0);
    }

    @Test
    void aWideRangeLabelsOnlyThePowersOfTen() {
        assertThat(LogAxis125.ticks(1, 1e6)).containsExactly(1.0, 10.0, 100.0, 1e3, 1e4, 1e5, 1e6);
    }

    @Test
    void theRangeHoldsTheDataAndAtLeastTwoLabels() {
        for (double[] data : new double[][] {{5.7, 10.5}, {140, 250}, {1, 23}, {0.031, 0.034}, {1234, 1234}}) {
            double[] r = LogAxis125.range(data[0], data[1]);
            assertThat(r[0]).isLessThan(data[0]);
            assertThat(r[1]).isGreaterThan(data[1]);
            assertThat(LogAxis125.ticks(r[0], r[1])).hasSizeGreaterThanOrEqualTo(2);
        }
        // the axis reaches the 1-2-5 value just below the data (2 for 2.8), not a fraction of a batch below 1
        assertThat(LogAxis125.range(2.8, 104)[0]).isEqualTo(2.0);
        assertThat(LogAxis125.range(1, 23)[0]).isGreaterThan(0.5);
    }

    @Test
    void labelsArePlainNumbers() {
        assertThat(List.of(0.05, 0.5, 2.0, 20.0, 1000.0, 20000.0)).extracting(LogAxis125::label)
                .containsExactly("0.05", "0.5", "2", "20", "1,000", "20,000");
    }
}
