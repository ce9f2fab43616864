package dev.alphabench.cli;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.ResultFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {
    static final double[] SPS = {100, 101};

    @TempDir
    Path dir;

    Path shard(int k, int n, String scenario) {
        String id = "20261129T000000Z-cpu-shard" + k + "of" + n;
        Path p = ResultFixtures.write(dir, id, "cpu", List.of(CellSpec.of(scenario, 1, SPS, 0.8)));
        return Stamps.set(p, "run_id", id);
    }

    @Test
    void aMissingShardIsNamedAndFailsUnlessThePartialSetIsAskedFor() {
        Path one = shard(1, 4, "one-char");
        Path three = shard(3, 4, "timestep-window");
        Path out = dir.resolve("merged.csv");
        Cli.Result r = run("merge", out.toString(), one.toString(), three.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err().lines()).singleElement().asString().contains("shard(s) 2/4, 4/4 of the sweep are missing", "--partial");
        assertThat(out).doesNotExist();

        Cli.Result partial = run("merge", "--partial", out.toString(), one.toString(), three.toString());
        assertThat(partial.exit()).isEqualTo(ExitCode.OK);
        assertThat(partial.out()).contains("partial: shard(s) 2/4, 4/4", "merged 2 cell(s)");
        assertThat(out).exists();
    }

    @Test
    void aCompleteSetMergesAndShardsOfDifferentSetsAreRefused() {
        Path out = dir.resolve("merged.csv");
        Cli.Result r = run("merge", out.toString(), shard(2, 2, "one-char").toString(), shard(1, 2, "stateful").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.OK);
        assertThat(r.out()).contains("merged 2 cell(s)").doesNotContain("partial");
        Cli.Result mixed = run("merge", dir.resolve("m2.csv").toString(), shard(1, 2, "one-char").toString(),
                shard(2, 3, "stateful").toString());
        assertThat(mixed.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(mixed.err()).contains("is shard 2/3, the files before it are of 2 shards");
    }

    static Cli.Result run(String... args) {
        return Cli.execute(args);
    }
}
