package dev.alphabench.cli;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static dev.alphabench.report.ResultFixtures.times;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.cli.Cli.Result;
import dev.alphabench.report.ResultFixtures;
import dev.alphabench.report.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's decisions through the command line: verdicts, thresholds and the suite check under verify's own settings. */
class CheckVerdictTest {
    static final double[] BASE = {100, 104, 96};

    @TempDir
    Path dir;

    static Result check(String... args) {
        return Cli.run("check", args);
    }

    Path run(String name, CellSpec... cells) {
        return ResultFixtures.write(dir, name, "cpu", List.of(cells));
    }

    Path uniform(String name, double factor) {
        return run(name, CellSpec.of("one-char", 1, times(factor, BASE), 0.8), CellSpec.of("timestep-window", 1, times(factor, BASE), 1.0),
                CellSpec.of("batch-state", 25, times(factor, BASE), 1.0));
    }

    /** The gate options ./mvnw verify passes, read from the pom so this test follows them. */
    static List<String> verifyOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        List<String> options = new ArrayList<>();
        for (String[] p : new String[][] {{"metric", "--metric"}, {"threshold", "--threshold"}, {"suite-threshold", "--suite-threshold"}}) {
            Matcher m = Pattern.compile("<alphabench\\.gate\\." + Pattern.quote(p[0]) + ">([^<]+)<").matcher(pom);
            assertThat(m.find()).as("pom property alphabench.gate." + p[0]).isTrue();
            options.add(p[1] + "=" + m.group(1).trim());
        }
        return options;
    }

    Result verifyGate(Path baseline, Path current) throws IOException {
        List<String> args = new ArrayList<>(verifyOptions());
        args.addAll(List.of("--skip-missing-baseline", "--skip-other-machine", "--baseline=" + baseline, "--current=" + current));
        return check(args.toArray(String[]::new));
    }

    @Test
    void everyCellFifteenPercentSlowerFailsVerifyOnTheSuiteAlone() throws IOException {
        Path base = uniform("base", 1);
        Result slow = verifyGate(base, uniform("slow", 0.85));
        assertThat(slow.line("one-char")).contains("0.850", " ok ");
        assertThat(slow.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(slow.out()).contains("REGRESSION: 0 of 3 cell(s) failed the gate; the run as a whole is slower");
        Result fine = verifyGate(base, uniform("fine", 0.86));
        assertThat(fine.exit()).isEqualTo(ExitCode.OK);
        assertThat(fine.out()).contains("clean: 3 cell(s) checked");
    }

    @Test
    void aCellExactlyAtTheThresholdIsSlowerJustAboveItIsNot() {
        Path base = uniform("base", 1);
        Path at = run("at", CellSpec.of("one-char", 1, times(0.8, BASE), 0.8), CellSpec.of("timestep-window", 1, BASE, 1.0),
                CellSpec.of("batch-state", 25, BASE, 1.0));
        Path above = run("above", CellSpec.of("one-char", 1, times(0.81, BASE), 0.8), CellSpec.of("timestep-window", 1, BASE, 1.0),
                CellSpec.of("batch-state", 25, BASE, 1.0));
        String[] gate = {"--metric=raw", "--threshold=0.2", "--suite-threshold=0.5", "--baseline=" + base};
        Result r = check(concat(gate, "--current=" + at));
        assertThat(r.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(r.line("one-char")).contains("0.800", " slower ");
        Result ok = check(concat(gate, "--current=" + above));
        assertThat(ok.exit()).isEqualTo(ExitCode.OK);
        assertThat(ok.line("one-char")).contains("0.810", " ok ");
    }

    @Test
    void eachVerdictIsReportedAndDecidesTheExit() {
        Path base = run("base", CellSpec.of("one-char", 1, BASE, 0.8), CellSpec.of("timestep-window", 1, BASE, 0.8),
                CellSpec.of("batch-state", 25, BASE, 0.8), CellSpec.of("feature-window", 1, BASE, 0.8),
                CellSpec.of("stateful", 1, BASE, 0.8), CellSpec.of("variable-length", 1, BASE, 0.8).withStatus(Status.FAILED));
        String[] gate = {"--metric=raw", "--threshold=0.2", "--suite-threshold=0.9", "--accuracy-tolerance=0.1", "--baseline=" + base};

        Result clean = check(concat(gate, "--current=" + run("clean", CellSpec.of("one-char", 1, BASE, 0.8),
                CellSpec.of("variable-length", 1, BASE, 0.3), CellSpec.of("one-char", 2, BASE, 0.8))));
        // baseline-not-ok and new cells never fail; missing ones do
        assertThat(clean.line("variable-length")).contains("baseline-not-ok");
        assertThat(clean.line("one-char time-steps 3 32 2")).contains(" new ");
        assertThat(clean.line("stateful")).contains(" missing ");
        assertThat(clean.exit()).isEqualTo(ExitCode.FAILED);

        Result r = check(concat(gate, "--current=" + run("cur", CellSpec.of("one-char", 1, BASE, 0.8),
                CellSpec.of("timestep-window", 1, times(0.7, BASE), 0.8), CellSpec.of("batch-state", 25, BASE, 0.5),
                CellSpec.of("feature-window", 1, times(0.7, BASE), 0.5), CellSpec.of("stateful", 1, BASE, 0.8).withStatus(Status.FAILED),
                CellSpec.of("variable-length", 1, BASE, 0.8))));
        assertThat(r.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(r.line("one-char")).contains(" ok ");
        assertThat(r.line("timestep-window")).contains(" slower ");
        assertThat(r.line("batch-state")).contains(" accuracy ");
        assertThat(r.line("feature-window")).contains(" slower-and-accuracy ");
        assertThat(r.line("stateful")).contains(" failed ");
        assertThat(r.line("variable-length")).contains(" baseline-not-ok ");
        assertThat(r.out()).contains("REGRESSION: 4 of 6 cell(s) failed the gate");

        Result onlyBaselineNotOk = check(concat(gate, "--current=" + run("bno", CellSpec.of("one-char", 1, BASE, 0.8),
                CellSpec.of("timestep-window", 1, BASE, 0.8), CellSpec.of("batch-state", 25, BASE, 0.8),
                CellSpec.of("feature-window", 1, BASE, 0.8), CellSpec.of("stateful", 1, BASE, 0.8),
                CellSpec.of("variable-length", 1, BASE, 0.8))));
        assertThat(onlyBaselineNotOk.exit()).isEqualTo(ExitCode.OK);
        assertThat(onlyBaselineNotOk.out()).contains("clean: 6 cell(s) checked");
    }

    @Test
    void skipMissingBaselineSkipsOnlyWhenTheFileIsAbsent() throws IOException {
        Path slow = uniform("slow", 0.5);
        Result absent = verifyGate(dir.resolve("no-such-baseline.csv"), slow);
        assertThat(absent.exit()).isEqualTo(ExitCode.OK);
        assertThat(absent.out()).startsWith("alphabench check: no baseline ").contains("no-such-baseline.csv", "nothing to check");
        Result present = verifyGate(uniform("base", 1), slow);
        assertThat(present.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(present.out()).contains("REGRESSION: 3 of 3");
        Result without = check("--baseline=" + dir.resolve("no-such-baseline.csv"), "--current=" + slow);
        assertThat(without.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(without.err()).contains("no-such-baseline.csv: no such file");
    }

    static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
