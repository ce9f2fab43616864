package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bad options of `tune` exit 2 with one line, before any JVM starts; two configurations run interleaved in fresh JVMs. */
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

    @Test
    void twoConfigurationsRunThroughTheAbEngineInterleavedABBA() {
        RunCommandProfileTest.Result r = RunCommandProfileTest.run("tune", "--config", "", "--config", "-Dalphabench.tune.test=b",
                "--scenario", "one-char", "--iterations", "20", "--warmup", "0", "--rounds", "2");
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out().lines().filter(l -> l.startsWith("round ")).map(l -> l.replaceAll("\\].*", "]")).toList())
                .containsExactly("round 1  [(harness defaults)]", "round 1  [-Dalphabench.tune.test=b]",
                        "round 2  [-Dalphabench.tune.test=b]", "round 2  [(harness defaults)]");
    }
}
