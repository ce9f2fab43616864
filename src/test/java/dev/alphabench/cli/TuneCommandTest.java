package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad options of `tune` exit 2 with one line, before any JVM starts. */
class TuneCommandTest {
    static void badInput(String expected, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "tune";
        System.arraycopy(args, 0, full, 1, args.length);
        RunCommandProfileTest.Result r = RunCommandProfileTest.run(full);
        assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).startsWith("alphabench: ").contains(expected).doesNotContain("\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void badOptionsExitTwoWithOneLine() {
        badInput("cannot read configuration token 'mode=x'", "--config", "mode=x");
        badInput("unknown scenario 'nope'", "--config", "", "--scenario", "nope");
        badInput("positive --rounds", "--config", "", "--rounds", "0");
        badInput("Missing required option: '--config", "--rounds", "1");
    }
}
