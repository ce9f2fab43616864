package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JMH front-end end to end: a smoke-size run through generated benchmark code, forked JVM and converter. */
class BenchCommandTest {

    @Test
    void smokeRunWritesTheCommonCsv(@TempDir Path out) throws IOException {
        int exit = Main.execute("bench", "--profile", "smoke", "--out", out.toString(), "-wi", "1", "-i", "1");

        assertThat(exit).isEqualTo(ExitCode.OK);
        List<Path> csvs = files(out, "-jmh.csv");
        assertThat(csvs).hasSize(1);
        assertThat(files(out, "-jmh.json")).hasSize(1);
        assertThat(out.resolve("latest-jmh.csv")).exists();
        assertThat(files(out, "-jmh-checks")).as("learning checks are folded into the CSV, then removed").isEmpty();
        List<CellSummary> rows = ResultCsv.readSummaries(csvs.get(0), Column.SOURCE, Column.SAMPLES_PER_SEC, Column.SCORE_ERROR);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(ResultCsv.text(r, Column.SOURCE)).isEqualTo("jmh");
            assertThat(ResultCsv.text(r, Column.PROFILE)).isEqualTo("jmh-smoke");
            assertThat(ResultCsv.text(r, Column.SCENARIO)).isEqualTo("timestep-window");
            assertThat(ResultCsv.text(r, Column.HIDDEN_UNITS)).isEqualTo("8");
            assertThat(ResultCsv.text(r, Column.REPETITIONS)).isEqualTo("1");
            assertThat(ResultCsv.text(r, Column.EPOCHS)).isEqualTo("2");
            assertThat(ResultCsv.text(r, Column.ITERATIONS)).isEqualTo("23");
            assertThat(r.measures().samplesPerSec()).isPositive();
            assertThat(r.measures().msPerIteration()).isPositive();
            assertThat(r.measures().finalLoss()).isLessThan(r.measures().initialLoss());
            assertThat(r.status()).isEqualTo(Status.OK);
            assertThat(ResultCsv.text(r, Column.BACKEND)).isNotEmpty();
        });
    }

    @Test
    void badJmhOptionsAndParametersExitWithTwoBeforeAnythingRuns(@TempDir Path out) {
        assertBadInput(out, "JMH option error", "-f", "x");
        assertBadInput(out, "unknown scenario 'nope'", "-p", "scenario=nope");
        assertBadInput(out, "unknown JMH parameter 'units'", "-p", "units=8");
        String err = stderrOf(() -> assertThat(Main.execute("bench", "--profile", "nightly", "--out", out.toString()))
                .isEqualTo(ExitCode.BAD_INPUT));
        assertThat(err).contains("unknown JMH profile 'nightly'");
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void aRunThatProducedNoJsonIsAnErrorNotAnEmptyCsv(@TempDir Path out) throws IOException {
        String err = stderrOf(() -> assertThat(Main.execute("bench", "--profile", "smoke", "--out", out.toString(),
                "-jvm", "/bin/false")).isEqualTo(ExitCode.FAILED));

        assertThat(err).contains("JMH run failed").contains("holds no results");
        assertThat(files(out, ".csv")).isEmpty();
    }

    private static void assertBadInput(Path out, String message, String... args) {
        String[] full = Stream.concat(Stream.of("bench", "--profile", "smoke", "--out", out.toString()), Stream.of(args))
                .toArray(String[]::new);
        String err = stderrOf(() -> assertThat(Main.execute(full)).as(String.join(" ", args)).isEqualTo(ExitCode.BAD_INPUT));
        assertThat(err).contains(message);
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)
                    && !p.getFileName().toString().startsWith("latest")).toList();
        }
    }
}
