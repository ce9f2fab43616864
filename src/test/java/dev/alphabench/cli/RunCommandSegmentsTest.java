package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.Column;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import dev.alphabench.train.TrainResult;
import dev.alphabench.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long cell in segments across child JVMs: a child killed with SIGKILL mid-cell leaves the last
 * segment's checkpoint, and {@code run --resume} continues from it to the result of a run never interrupted.
 */
class RunCommandSegmentsTest {
    @TempDir
    Path dir;

    // masked variable-length, 40 sequences in batches of 8: 5 fit calls an epoch, 8 epochs; the fused LSTM
    private static final List<String> CELL = List.of("run", "--scenario", "variable-length", "--layout", "masked",
            "--sequences", "40", "--batch-size", "8", "--epochs", "8", "--warmup", "2", "--forks", "1");
    private static final Scenario SCENARIO = Scenarios.VARIABLE_LENGTH.withLayout(Layout.MASKED).withSequences(40)
            .withBatchSize(8).withEpochs(8);

    @Test
    void aChildKilledMidCellIsResumedFromItsLastSegmentToTheUninterruptedResult() throws IOException {
        Path segmented = dir.resolve("segmented");
        Path killed = dir.resolve("killed");
        // four children of 2 epochs each, none killed
        RunCommandProfileTest.Result inSegments = run(null, segmented, "--segment-iterations", "10");
        assertThat(inSegments.code()).as(inSegments.err()).isEqualTo(ExitCode.OK);
        assertThat(checkpointDirs(segmented)).isEmpty();

        // segments of 3 epochs (15 fit calls); the second child is killed once epoch 5 is trained
        RunCommandProfileTest.Result first = run("sigkill@0:5", killed, "--segment-iterations", "15");
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.FAILED);
        Repetition failed = raw(killed);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.error()).contains("child JVM killed by SIGKILL (exit 137)");
        Path checkpoint = onlyCheckpoint(killed);
        // the checkpoint is the first segment's: epochs 4 and 5 are lost, less than one segment
        assertThat(Trainer.Session.resume(SCENARIO, 1, 1, fused(), checkpoint).epoch()).isEqualTo(3);

        RunCommandProfileTest.Result resumed = run(null, killed, "--segment-iterations", "15", "--resume");
        assertThat(resumed.code()).as(resumed.err()).isEqualTo(ExitCode.OK);
        assertThat(resumed.out()).contains("resuming");
        Repetition continued = raw(killed);
        Repetition reference = raw(segmented);
        assertThat(continued.status()).isEqualTo(reference.status()).isIn(Status.OK, Status.INVALID);
        for (Column c : List.of(Column.INITIAL_LOSS, Column.FINAL_LOSS, Column.ACCURACY, Column.EPOCHS_TO_TARGET, Column.ITERATIONS)) {
            assertThat(ResultCsv.text(continued, c)).as(c.name()).isEqualTo(ResultCsv.text(reference, c));
        }
        assertThat(continued.measures().trainSeconds()).isPositive();
        assertThat(Files.exists(checkpoint)).as("deleted once the row is written").isFalse();
        assertThat(checkpointDirs(killed)).isEmpty();

        // and both are the run of one JVM that never stopped, at the CSV's precision (CheckpointTest: bit for bit)
        TrainResult inOneJvm = new Trainer(fused()).train(SCENARIO, Trainer.Options.seed(1));
        assertThat(ResultCsv.text(reference, Column.FINAL_LOSS)).isEqualTo(ResultCsv.format(inOneJvm.finalLoss()));
        assertThat(ResultCsv.text(reference, Column.ACCURACY)).isEqualTo(ResultCsv.format(inOneJvm.accuracy()));
    }

    @Test
    void badSegmentOptionsAreBadInput() {
        String out = dir.resolve("out").toString();
        RunCommandProfileTest.Result zero = RunCommandProfileTest.run("run", "--profile", "smoke", "--segment-iterations", "0",
                "--out", out);
        assertThat(zero.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(zero.err().strip()).isEqualTo("alphabench: --segment-iterations must be positive (got 0)");
        RunCommandProfileTest.Result inProcess = RunCommandProfileTest.run("run", "--profile", "smoke", "--forks", "0",
                "--segment-memory", "900", "--out", out);
        assertThat(inProcess.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(inProcess.err()).contains("need child JVMs");
        assertThat(Files.exists(Path.of(out))).isFalse();
    }

    private static Settings fused() {
        java.util.Properties p = new java.util.Properties();
        p.setProperty(Settings.LSTM, "fused");
        return Settings.parse(p, System.getenv(), List.of());
    }

    private RunCommandProfileTest.Result run(String fault, Path out, String... extra) {
        List<String> args = new ArrayList<>(CELL);
        args.addAll(List.of(extra));
        args.addAll(List.of("--out", out.toString()));
        try {
            System.setProperty(Settings.LSTM, "fused");
            if (fault != null) {
                System.setProperty("alphabench.test.fault", fault); // only children act on it
            }
            return RunCommandProfileTest.run(args.toArray(String[]::new));
        } finally {
            System.clearProperty(Settings.LSTM);
            System.clearProperty("alphabench.test.fault");
        }
    }

    private static Repetition raw(Path out) {
        List<Repetition> rows = ResultCsv.readRepetitions(out.resolve("latest-raw.csv"));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private static List<Path> checkpointDirs(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-checkpoints")).toList();
        }
    }

    private static Path onlyCheckpoint(Path out) throws IOException {
        List<Path> dirs = checkpointDirs(out);
        assertThat(dirs).hasSize(1);
        try (Stream<Path> files = Files.list(dirs.get(0))) {
            List<Path> all = files.toList();
            assertThat(all).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).endsWith("-seed1.ckpt"));
            return all.get(0);
        }
    }
}
