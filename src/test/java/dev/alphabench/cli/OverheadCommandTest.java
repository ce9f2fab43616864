package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.overhead.Overhead;
import org.junit.jupiter.api.Test;

/** Bad options of `overhead`: exit 2 and one line, before any training. */
class OverheadCommandTest {
    static void badInput(String expected, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "overhead";
        System.arraycopy(args, 0, full, 1, args.length);
        RunCommandProfileTest.Result r = RunCommandProfileTest.run(full);
        assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("alphabench: ").contains(expected).doesNotContain("\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badOptionsExitTwoWithOneLine() {
        badInput("--pairs at least 6", "--pairs", "5");
        badInput("--block-epochs must be positive", "--block-epochs", "0");
        badInput("--warmup-pairs zero or positive", "--warmup-pairs", "-1");
        badInput("unknown scenario 'nope'", "--scenario", "nope");
        badInput("larger than the data set", "--batch-size", "99");
        badInput("'--pairs'", "--pairs", "many");
        badInput("Unknown option", "--rounds", "6");  // the old whole-training options are gone
    }

    @Test
    void unknownPointerGcModeExitsTwoBeforeTraining() {
        try {
            System.setProperty(dev.alphabench.settings.Settings.POINTER_GC, "sometimes");
            badInput("-Dalphabench.pointergc=sometimes: valid values are javacpp, scoped", "--pairs", "6");
        } finally {
            System.clearProperty(dev.alphabench.settings.Settings.POINTER_GC);
        }
    }

    @Test
    void verdictExplanationsNameTheDecidingBound() {
        Overhead.Interval ci = new Overhead.Interval(1.0, 0.985, 1.01, 40, 61, 0.96);
        assertThat(OverheadCommand.explain(Overhead.Outcome.WITHIN, ci)).contains("lower bound 0.9850 >= 0.98");
        assertThat(OverheadCommand.explain(Overhead.Outcome.SLOWER, new Overhead.Interval(0.9, 0.8, 0.95, 1, 6, 0.97)))
                .contains("upper bound 0.9500 < 0.98");
        assertThat(OverheadCommand.explain(Overhead.Outcome.NOT_RESOLVED, ci)).contains("contains 0.98");
    }
}
