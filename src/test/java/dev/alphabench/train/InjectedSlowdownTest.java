package dev.alphabench.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.settings.Settings;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** -Dalphabench.test.slowdown=S makes the timed region (1 + S) times as long, so samples/s falls to 1 / (1 + S). */
class InjectedSlowdownTest {
    static final long MEASURED = TimeUnit.SECONDS.toNanos(1);
    /** What a busy shared machine may add to a spin (preemption), far below the slowdowns measured. */
    static final long SLACK = TimeUnit.MILLISECONDS.toNanos(100);

    @Test
    void aSlowdownStretchesTheTimedRegionByItsFactor() {
        for (double slowdown : new double[] {0.1, 0.3, 1.0}) {
            long start = System.nanoTime() - MEASURED; // a fit loop that took 1 s
            long timed = Trainer.stopClock(start, slowdown);
            assertThat((double) timed).as("slowdown %s", slowdown)
                    .isBetween((1 + slowdown) * MEASURED, (1 + slowdown) * MEASURED + SLACK);
            // so samples/s falls to 1 / (1 + slowdown) of what was measured
            double ratio = (double) MEASURED / timed;
            assertThat(ratio).as("slowdown %s", slowdown).isLessThanOrEqualTo(1 / (1 + slowdown))
                    .isGreaterThan(1 / (1 + slowdown + 0.1));
        }
    }

    @Test
    void withoutASlowdownTheClockIsUntouched() {
        long start = System.nanoTime() - MEASURED;
        assertThat(Trainer.stopClock(start, 0)).isBetween(MEASURED, MEASURED + SLACK);
        assertThat(Settings.fromSystem().testSlowdown()).as("tests run without an injected slowdown").isZero();
    }
}
