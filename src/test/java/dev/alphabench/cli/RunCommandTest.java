package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.alphabench.backend.BuildInfo;
import dev.alphabench.backend.NvidiaSmi;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
import dev.alphabench.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RunCommandTest {
    @TempDir
    Path tmp;

    record Outcome(int code, String err) {
    }

    private Outcome execute(String... args) {
        var cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        PrintStream oldOut = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream()));
        try {
            return new Outcome(cl.execute(args), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of(new String[] {"--scenario", "nope"}, "unknown scenario 'nope' (valid: one-char, feature-window"),
                Arguments.of(new String[] {"--scenario", "one-char", "--epochs", "0"}, "--epochs must be positive"),
                Arguments.of(new String[] {"--scenario", "one-char", "--batch-size", "-3"}, "--batch-size must be positive"),
                Arguments.of(new String[] {"--scenario", "one-char", "--repetitions", "0"}, "--repetitions must be positive"),
                Arguments.of(new String[] {"--scenario", "timestep-window", "--batch-size", "24"},
                        "batch size 24 is larger than the data set of scenario timestep-window (23 samples)"),
                Arguments.of(new String[] {"--scenario", "one-char", "--layout", "sideways"}, "unknown layout 'sideways'"),
                Arguments.of(new String[] {"--scenario", "one-char", "--epochs", "many"}, "--epochs"),
                Arguments.of(new String[] {"--scenario", "one-char", "--layout", "masked"}, "masked applies to variable-length"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputIsOneLineWithExitCodeTwoAndNoCsv(String[] args, String message) throws IOException {
        Path out = tmp.resolve("out");
        String[] full = Stream.concat(Stream.of("run", "--out", out.toString()), Stream.of(args)).toArray(String[]::new);
        Outcome o = execute(full);
        assertThat(o.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(o.err()).contains(message);
        assertThat(o.err().strip().lines()).hasSize(1);
        assertThat(csvFiles(out)).isEmpty();
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of(dev.alphabench.settings.Settings.POINTER_GC, "never", "one-char",
                        "-Dalphabench.pointergc=never: valid values are javacpp, scoped"),
                Arguments.of(dev.alphabench.settings.Settings.STATEFUL_GRADIENT, "tf", "stateful",
                        "-Dalphabench.stateful.gradient=tf: valid values are keras, dl4j"),
                Arguments.of(dev.alphabench.settings.Settings.LSTM, "cudnn", "timestep-window",
                        "-Dalphabench.lstm=cudnn: valid values are dl4j, fused"));
    }

    @ParameterizedTest
    @MethodSource("badSettings")
    void unknownSettingValueIsBadInput(String property, String value, String scenario, String message) throws IOException {
        Path out = tmp.resolve("out");
        try {
            System.setProperty(property, value);
            Outcome o = execute("run", "--scenario", scenario, "--epochs", "1", "--out", out.toString());
            assertThat(o.code()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(o.err().strip()).isEqualTo("alphabench: " + message);
            assertThat(csvFiles(out)).isEmpty();
        } finally {
            System.clearProperty(property);
        }
    }

    @Test
    void unwritableOutputDirectoryIsBadInput() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Outcome o = execute("run", "--scenario", "one-char", "--epochs", "1", "--out", file.resolve("sub").toString());
        assertThat(o.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(o.err()).contains("output directory").contains("is not writable");
    }

    @Test
    void runWritesSummaryRawAndLatest() throws IOException {
        Settings settings = Settings.fromSystem();
        BuildInfo build = BuildInfo.load(settings);
        assumeFalse(build.expectsCuda() && NvidiaSmi.probe(settings.nvidiaSmi()).gpus().isEmpty(),
                "a CUDA build runs on a GPU only");
        Path out = tmp.resolve("res");
        Outcome o = execute("run", "--scenario", "one-char,stateful", "--epochs", "2", "--repetitions", "2",
                "--warmup", "3", "--out", out.toString());
        assertThat(o.code()).as(o.err()).isEqualTo(ExitCode.OK);
        List<CellSummary> summary = ResultCsv.readSummaries(out.resolve("latest.csv"), Column.SAMPLES_PER_SEC);
        List<Repetition> raw = ResultCsv.readRepetitions(out.resolve("latest-raw.csv"), Column.SAMPLES_PER_SEC);
        assertThat(summary).extracting(r -> ResultCsv.text(r, Column.SCENARIO)).containsExactly("one-char", "stateful");
        assertThat(raw).hasSize(4);
        assertThat(raw).extracting(r -> ResultCsv.text(r, Column.SEED)).containsExactly("1", "2", "1", "2");
        CellSummary first = summary.get(0);
        assertThat(ResultCsv.text(first, Column.SEED)).isEqualTo("1;2");
        assertThat(first.measures().samplesPerSec()).isPositive();
        assertThat(first.measures().samplesPerSecMin()).isLessThanOrEqualTo(first.measures().samplesPerSecMax());
        assertThat(ResultCsv.text(first, Column.BACKEND)).isEqualTo(build.expectedBackend());
        assertThat(ResultCsv.text(first, Column.TARGET)).isEqualTo(build.target());
        if (build.expectsCuda()) {
            assertThat(ResultCsv.text(first, Column.BINARY_LEVEL)).isEmpty();
            assertThat(ResultCsv.text(first, Column.GPU_NAME)).isNotEmpty();
            assertThat(first.measures().gpuMemoryUsedMb()).as("device memory ND4J held").isNotNegative();
        } else {
            assertThat(ResultCsv.text(first, Column.BINARY_LEVEL)).isEqualTo(build.spec().binary());
            assertThat(ResultCsv.text(first, Column.GPU_MEMORY_USED_MB)).isEmpty();
        }
        assertThat(ResultCsv.text(first, Column.SAMPLES)).isEqualTo("50");
        assertThat(ResultCsv.text(first, Column.WARMUP_ITERATIONS)).isEqualTo("3");
        assertThat(first.status()).isIn(Status.OK, Status.INVALID);
        assertThat(raw).allSatisfy(r -> assertThat(r.stamp().get(Column.SETTINGS)).endsWith(" forks=1")); // forked by default
        assertThat(ResultCsv.text(summary.get(1), Column.GENERATION)).startsWith("A->");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.matches("\\d{8}T\\d{6}Z-" + Pattern.quote(build.target()) + "\\.csv"))
                    .anyMatch(n -> n.matches("\\d{8}T\\d{6}Z-" + Pattern.quote(build.target()) + "-raw\\.csv"));
        }
    }

    @Test
    void listShowsEveryScenario() {
        StringWriter out = new StringWriter();
        var cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf));
        try {
            assertThat(cl.execute("list")).isZero();
        } finally {
            System.setOut(old);
        }
        assertThat(buf.toString()).contains("one-char", "feature-window", "timestep-window", "batch-state", "stateful",
                "variable-length", "86.96%");
    }

    private static List<Path> csvFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).toList();
        }
    }
}
