package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.Column;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
import dev.alphabench.report.Repetition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --forks and --cell-timeout: bad values, and a sweep whose children die. */
class RunCommandForksTest {
    @TempDir
    Path dir;

    @Test
    void badForkOptionsAreBadInputBeforeAnythingRuns() {
        String out = dir.resolve("out").toString();
        RunCommandProfileTest.Result negative = RunCommandProfileTest.run("run", "--profile", "smoke", "--forks", "-1", "--out", out);
        assertThat(negative.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(negative.err().strip()).isEqualTo("alphabench: --forks must be 0 or more (got -1)");
        RunCommandProfileTest.Result timeout = RunCommandProfileTest.run("run", "--profile", "smoke", "--cell-timeout", "soon", "--out", out);
        assertThat(timeout.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(timeout.err()).contains("--cell-timeout: cannot read 'soon' as a duration");
        RunCommandProfileTest.Result inProcess = RunCommandProfileTest.run("run", "--profile", "smoke", "--forks", "0",
                "--cell-timeout", "1h", "--out", out);
        assertThat(inProcess.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(inProcess.err()).contains("cannot be combined with --forks 0");
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    @Test
    void childrenThatDieAreFailedCellsTheSweepGoesOnAndExitsOne() {
        Path out = dir.resolve("res");
        RunCommandProfileTest.Result r;
        try {
            System.setProperty("alphabench.test.fault", "sigkill@1"); // only children act on it
            r = RunCommandProfileTest.run("run", "--scenario", "one-char,stateful", "--epochs", "1", "--repetitions", "2",
                    "--warmup", "2", "--forks", "2", "--out", out.toString());
        } finally {
            System.clearProperty("alphabench.test.fault");
        }
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out()).contains("each cell runs in up to 2 fresh child JVMs (cell time limit 4h)");
        List<CellSummary> summary = ResultCsv.readSummaries(out.resolve("latest.csv"));
        assertThat(summary).extracting(s -> s.cell().scenario()).containsExactly("one-char", "stateful");
        assertThat(summary).allSatisfy(s -> {
            assertThat(s.status()).isEqualTo(Status.FAILED);
            assertThat(s.error()).contains("rep 1: ForkFailed: child JVM killed by SIGKILL (exit 137)");
        });
        List<Repetition> raw = ResultCsv.readRepetitions(out.resolve("latest-raw.csv"));
        assertThat(raw).extracting(Repetition::repetition).containsExactly(0, 1, 0, 1);
        assertThat(raw).extracting(s -> s.status() == Status.FAILED).containsExactly(false, true, false, true);
        assertThat(raw).allSatisfy(s -> assertThat(s.stamp().get(Column.SETTINGS)).endsWith(" forks=2"));
    }
}
