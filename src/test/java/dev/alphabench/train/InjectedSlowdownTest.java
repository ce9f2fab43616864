package dev.alphabench.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.settings.Settings;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** -Dalphabench.test.slowdown=S makes the timed region (1 + S) times as long, so samples/s falls to 1 / (1 + S). */
class InjectedSlowdownTest {
    static final long MEASURED = TimeUnit.SECONDS.toNanos(1);
    static final long TICK = TimeUnit.MICROSECONDS.toNanos(10);

    /** A clock that advances one tick per reading: the stretch is exact, whatever else the machine runs. */
    static LongSupplier tickingClock(long from) {
        long[] now = {from};
        return () -> now[0] += TICK;
    }

    @Test
    void aSlowdownStretchesTheTimedRegionByItsFactor() {
        for (double slowdown : new double[] {0.1, 0.3, 1.0}) {
            long timed = Trainer.stopClock(0, slowdown, tickingClock(MEASURED)); // a fit loop that took 1 s
            assertThat((double) timed).as("slowdown %s", slowdown)
                    .isBetween((1 + slowdown) * MEASURED, (1 + slowdown) * MEASURED + 4 * TICK);
            double ratio = (double) MEASURED / timed; // samples/s falls to 1 / (1 + slowdown)
            assertThat(ratio).as("slowdown %s", slowdown).isCloseTo(1 / (1 + slowdown), org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void theRealClockSpinsAtLeastTheStretch() {
        long start = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(200);
        assertThat(Trainer.stopClock(start, 0.5)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(300));
    }

    @Test
    void withoutASlowdownTheClockIsUntouched() {
        assertThat(Trainer.stopClock(0, 0, tickingClock(MEASURED))).isEqualTo(MEASURED + TICK);
        assertThat(Settings.fromSystem().testSlowdown()).as("tests run without an injected slowdown").isZero();
    }
}
