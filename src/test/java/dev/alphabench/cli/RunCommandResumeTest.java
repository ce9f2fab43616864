package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.regress.ResultSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --resume continues only a run measured the same way; anything else is refused in one line and left as it was. */
class RunCommandResumeTest {
    static final String[] RUN = {"run", "--profile", "smoke", "--scenario", "one-char"};

    @TempDir
    Path dir;
    Path first;

    @BeforeEach
    void firstRun() throws IOException {
        Path out = dir.resolve("first");
        Cli.Result r = run(out);
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        try (Stream<Path> files = Files.list(out)) {
            first = files.filter(f -> f.getFileName().toString().matches("\\d{8}T\\d{6}Z-.*(?<!-raw)\\.csv")).findFirst().orElseThrow();
        }
    }

    static Cli.Result run(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of(RUN));
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(extra));
        if (!args.contains("--repetitions")) {
            args.addAll(List.of("--repetitions", "1"));
        }
        return Cli.execute(args.toArray(String[]::new));
    }

    /** A copy of the first run with one stamp column changed, as another run would have written it. */
    Path previous(String name, String column, String value) throws IOException {
        Path copy = dir.resolve(name + ".csv");
        Files.copy(first, copy);
        Files.copy(ResultSet.rawFileOf(first), ResultSet.rawFileOf(copy));
        return column == null ? copy : Stamps.set(copy, column, value);
    }

    void refused(Path previous, String message, String... extra) throws IOException {
        byte[] summary = Files.readAllBytes(previous);
        byte[] raw = Files.readAllBytes(ResultSet.rawFileOf(previous));
        List<String> args = new ArrayList<>(List.of("--resume", previous.toString()));
        args.addAll(List.of(extra));
        Cli.Result r = run(dir.resolve("out-" + previous.getFileName()), args.toArray(String[]::new));
        assertThat(r.exit()).as(message).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().lines()).as(r.err()).singleElement().asString().startsWith("alphabench: --resume: ").contains(message);
        assertThat(Files.readAllBytes(previous)).isEqualTo(summary);
        assertThat(Files.readAllBytes(ResultSet.rawFileOf(previous))).isEqualTo(raw);
    }

    @Test
    void aRunOfAnotherTargetProfileShardOrSettingsIsRefused() throws IOException {
        refused(previous("target", "target", "elsewhere"), "target 'elsewhere', this run has target '");
        refused(previous("profile", "profile", "quick"), "profile 'quick', this run has profile 'smoke'");
        refused(previous("threads", "threads", "7"), "threads '7', this run has threads '");
        refused(previous("settings", "settings", "OMP_NUM_THREADS=4 -Xmx8g"), "settings 'OMP_NUM_THREADS=4 -Xmx8g', this run has settings '");
        refused(previous("shard", "run_id", "20261129T000000Z-cpu-shard1of2"), "is shard 1/2, this run is the whole sweep");
        refused(previous("whole", null, null), "is the whole sweep, this run is shard 2/2", "--shard", "2/2");
    }

    @Test
    void aCellMeasuredWithOtherRepetitionsWarmUpOrSeedIsRefused() throws IOException {
        refused(previous("reps", null, null), "with 1 repetition(s), 5 warm-up iteration(s), first seed 1, this run asks for "
                + "2 repetition(s), 5 warm-up iteration(s), first seed 1", "--repetitions", "2");
        refused(previous("warmup", null, null), "with 1 repetition(s), 5 warm-up iteration(s), first seed 1, this run asks for "
                + "1 repetition(s), 3 warm-up iteration(s), first seed 1", "--warmup", "3");
        refused(previous("seed", null, null), "first seed 1, this run asks for 1 repetition(s), 5 warm-up iteration(s), first seed 9",
                "--seed", "9");
    }

    @Test
    void theSameRunResumesWithNothingLeftToDo() throws IOException {
        Path same = previous("same", null, null);
        Cli.Result r = run(dir.resolve("out-same"), "--resume", same.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("0 cell(s)", "resuming: 2 already done");
    }
}
