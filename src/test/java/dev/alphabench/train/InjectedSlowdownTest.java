package dev.alphabench.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** -Dalphabench.test.slowdown=S makes the timed region (1 + S) times as long, so samples/s falls to 1 / (1 + S). */
class InjectedSlowdownTest {
    static final long MEASURED = TimeUnit.MILLISECONDS.toNanos(200);

    @Test
    void aSlowdownStretchesTheTimedRegionByItsFactor() {
        for (double slowdown : new double[] {0.1, 0.3, 1.0}) {
            long start = System.nanoTime() - MEASURED; // a fit loop that took 200 ms
            long timed = Trainer.stopClock(start, slowdown);
            double samplesPerSec = 1000 / (timed / 1e9);
            double unslowed = 1000 / (MEASURED / 1e9);
            assertThat((double) timed).as("slowdown %s", slowdown).isGreaterThanOrEqualTo((1 + slowdown) * MEASURED);
            // the spin overshoots by scheduling noise only (generous on a shared machine)
            assertThat((double) timed).as("slowdown %s", slowdown).isLessThan((1 + slowdown) * MEASURED + TimeUnit.MILLISECONDS.toNanos(60));
            assertThat(samplesPerSec / unslowed).as("slowdown %s", slowdown).isCloseTo(1 / (1 + slowdown),
                    org.assertj.core.api.Assertions.within(0.05));
        }
    }

    @Test
    void withoutASlowdownTheClockIsUntouched() {
        long start = System.nanoTime() - MEASURED;
        assertThat(Trainer.stopClock(start, 0)).isBetween(MEASURED, MEASURED + TimeUnit.MILLISECONDS.toNanos(60));
        assertThat(Trainer.INJECTED_SLOWDOWN).as("tests run without an injected slowdown").isZero();
    }
}
