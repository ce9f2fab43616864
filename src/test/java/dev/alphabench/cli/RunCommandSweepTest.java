package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The front-end end to end on the smoke profile, with real (tiny) DL4J training. */
class RunCommandSweepTest {
    @TempDir
    Path dir;

    @Test
    void profileRunThenResumeThenShardsAndMerge() throws IOException {
        String out = dir.resolve("results").toString();
        RunCommandProfileTest.Result first = RunCommandProfileTest.run("run", "--profile", "smoke",
                "--scenario", "one-char,stateful", "--repetitions", "1", "--forks", "0", "--out", out);
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCode.OK);
        List<CellSummary> rows = ResultCsv.readSummaries(Path.of(out, "latest.csv"), Column.values());
        assertThat(rows).extracting(r -> r.cell().key()).containsExactly(
                "one-char|time-steps|1|32|1|2|0", "one-char|time-steps|1|32|25|2|0", "stateful|time-steps|1|50|1|2|0");
        assertThat(rows).allSatisfy(r -> {
            assertThat(ResultCsv.text(r, Column.PROFILE)).isEqualTo("smoke");
            assertThat(r.status()).isIn(Status.OK, Status.INVALID);
            assertThat(r.measures().samplesPerSec()).isPositive();
            assertThat(r.measures().warmupIterations()).isEqualTo(5);
        });
        Path runFile = runFiles(Path.of(out)).get(0);

        RunCommandProfileTest.Result again = RunCommandProfileTest.run("run", "--profile", "smoke",
                "--scenario", "one-char,stateful", "--repetitions", "1", "--forks", "0", "--resume", "--out", out);
        assertThat(again.code()).isEqualTo(ExitCode.OK);
        assertThat(again.out()).contains("0 cell(s)", "resuming: 3 already done");
        assertThat(runFiles(Path.of(out))).containsExactly(runFile);
        assertThat(ResultCsv.readSummaries(runFile, Column.values())).hasSize(3);

        String shards = dir.resolve("shards").toString();
        for (String shard : List.of("1/2", "2/2")) {
            assertThat(RunCommandProfileTest.run("run", "--profile", "smoke", "--scenario", "one-char,stateful",
                    "--repetitions", "1", "--forks", "0", "--shard", shard, "--out", shards).code()).isEqualTo(ExitCode.OK);
        }
        List<Path> parts = runFiles(Path.of(shards));
        assertThat(parts).hasSize(2).allMatch(p -> p.getFileName().toString().matches(".*-shard[12]of2\\.csv"));
        assertThat(Path.of(shards, "latest.csv")).doesNotExist();
        Path merged = dir.resolve("merged.csv");
        RunCommandProfileTest.Result merge = RunCommandProfileTest.run("merge", merged.toString(),
                parts.get(0).toString(), parts.get(1).toString());
        assertThat(merge.code()).as(merge.err()).isEqualTo(ExitCode.OK);
        assertThat(ResultCsv.readSummaries(merged, Column.values())).extracting(r -> r.cell().key())
                .containsExactlyInAnyOrderElementsOf(rows.stream().map(r -> r.cell().key()).toList());
        assertThat(ResultCsv.readSummaries(dir.resolve("merged-raw.csv"), Column.values())).hasSize(3);
    }

    private static List<Path> runFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv") && !f.toString().endsWith("-raw.csv")
                    && !f.getFileName().toString().startsWith("latest")).sorted().toList();
        }
    }
}
