package dev.alphabench.cli;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static dev.alphabench.report.ResultFixtures.times;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.cli.Cli.Result;
import dev.alphabench.report.ResultFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    static final double[] BASE = {100, 104, 96};

    @TempDir
    Path dir;
    Path baseline;

    @BeforeEach
    void writeBaseline() {
        baseline = ResultFixtures.write(dir, "base", "cpu",
                List.of(CellSpec.of("one-char", 1, BASE, 0.8), CellSpec.of("timestep-window", 1, BASE, 1.0)));
    }

    Path current(String name, double factor) {
        return ResultFixtures.write(dir, name, "cpu", List.of(CellSpec.of("one-char", 1, times(factor, BASE), 0.8),
                CellSpec.of("timestep-window", 1, BASE, 1.0)));
    }

    Result check(Path current, String... extra) {
        List<String> args = new ArrayList<>(List.of("--baseline=" + baseline, "--current=" + current, "--threshold=0.15"));
        args.addAll(List.of(extra));
        return Cli.run("check", args.toArray(String[]::new));
    }

    @Test
    void cleanExitsZeroAndPrintsEveryCell() {
        Result r = check(current("cur", 0.97));
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("one-char time-steps 3 32 1 2 0", "timestep-window time-steps 3 32 1 2 0", "0.970", "clean: 2 cell(s)");
    }

    @Test
    void regressionExitsOne() {
        Result r = check(current("cur", 0.7));
        assertThat(r.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(r.out()).contains("slower", "REGRESSION: 1 of 2");
        assertThat(check(current("mw", 0.7), "--statistic=mann-whitney", "--metric=raw").exit()).isEqualTo(ExitCode.FAILED);
    }

    @Test
    void missingFileExitsTwo() {
        Result r = check(dir.resolve("nope.csv"));
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).isEqualTo("alphabench: " + dir.resolve("nope.csv") + ": no such file" + System.lineSeparator());
    }

    @Test
    void missingRawFileExitsTwo() throws IOException {
        Path cur = current("cur", 1);
        Files.delete(dir.resolve("cur-raw.csv"));
        Result r = check(cur);
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("cur-raw.csv: no such file");
    }

    @Test
    void missingColumnExitsTwo() throws IOException {
        Path cur = current("cur", 1);
        List<String> lines = Files.readAllLines(cur);
        int accuracy = List.of(lines.get(0).split(",")).indexOf("accuracy");
        Files.write(cur, lines.stream().map(l -> dropField(l, accuracy)).toList());
        Result noAccuracy = check(cur);
        assertThat(noAccuracy.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noAccuracy.err()).contains("cur.csv: missing column accuracy");
        Path noCpu = current("nocpu", 1);
        Path raw = dir.resolve("nocpu-raw.csv");
        List<String> rawLines = Files.readAllLines(raw);
        int idx = List.of(rawLines.get(0).split(",")).indexOf("cpu_share");
        Files.write(raw, rawLines.stream().map(l -> dropField(l, idx)).toList());
        Result noShare = check(noCpu);
        assertThat(noShare.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noShare.err()).contains("nocpu-raw.csv: missing column cpu_share");
        assertThat(check(noCpu, "--metric=raw").exit()).isEqualTo(ExitCode.OK);
        // results written before the thread_cpu_share column: usable with every metric but thread-cpu
        Path old = current("old", 1);
        Path oldRaw = dir.resolve("old-raw.csv");
        List<String> oldLines = Files.readAllLines(oldRaw);
        int t = List.of(oldLines.get(0).split(",")).indexOf("thread_cpu_share");
        Files.write(oldRaw, oldLines.stream().map(l -> dropField(l, t)).toList());
        Result oldRun = check(old, "--metric=thread-cpu");
        assertThat(oldRun.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(oldRun.err()).contains("thread_cpu_share");
        assertThat(check(old, "--metric=per-cpu").exit()).isEqualTo(ExitCode.OK);
    }

    @Test
    void differentTargetsExitTwo() {
        Path gpu = ResultFixtures.write(dir, "gpu", "cuda", List.of(CellSpec.of("one-char", 1, BASE, 0.8)));
        Result r = check(gpu);
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("different targets", "'cpu'", "'cuda'");
    }

    @Test
    void noOverlapExitsTwo() {
        Path other = ResultFixtures.write(dir, "other", "cpu", List.of(CellSpec.of("stateful", 1, BASE, 0.8)));
        Result r = check(other);
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("no cell of", "is in the baseline");
    }

    @Test
    void nanThroughputExitsTwo() throws IOException {
        Path cur = current("cur", 1);
        Path raw = dir.resolve("cur-raw.csv");
        List<String> lines = Files.readAllLines(raw);
        int idx = List.of(lines.get(0).split(",")).indexOf("samples_per_sec");
        lines.set(1, setField(lines.get(1), idx, "NaN"));
        Files.write(raw, lines);
        Result r = check(cur);
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("cur-raw.csv: cell one-char", "no usable per-cpu throughput", "samples_per_sec 'NaN'");
    }

    @Test
    void truncatedCsvExitsTwo() throws IOException {
        Path cur = current("cur", 1);
        String text = Files.readString(cur);
        Files.writeString(cur, text.substring(0, text.length() - 40));
        Result r = check(cur);
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err()).contains("cur.csv");
    }

    @Test
    void badOptionExitsTwo() {
        Result statistic = check(current("cur", 1), "--statistic=t-test");
        assertThat(statistic.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(statistic.err()).contains("unknown statistic 't-test'");
        Result threshold = check(current("cur2", 1), "--suite-threshold=2");
        assertThat(threshold.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(threshold.err()).contains("suite threshold must be in (0, 1) (got 2.0)");
        Result metric = check(current("cur3", 1), "--metric=wall");
        assertThat(metric.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(metric.err()).contains("unknown metric 'wall'");
    }

    private static String dropField(String line, int idx) {
        List<String> f = new java.util.ArrayList<>(List.of(line.split(",", -1)));
        f.remove(idx);
        return String.join(",", f);
    }

    private static String setField(String line, int idx, String value) {
        String[] f = line.split(",", -1);
        f[idx] = value;
        return String.join(",", f);
    }
}
