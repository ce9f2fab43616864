package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to run/merge: exit 2, one clear line, before any training (these tests never load ND4J). */
class RunCommandProfileTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = Main.commandLine().setErr(new PrintWriter(err, true)).execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void aMalformedProfileExitsTwoNamingFileLineAndKeyAndWritesNothing() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "scenarios:\n  one-char:\n    batch-sizes: []\n");
        Path out = dir.resolve("out");
        Result r = run("run", "--profile", bad.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err().strip()).isEqualTo("alphabench: " + bad + ":3:18: key 'scenarios.one-char.batch-sizes': "
                + "empty list (give at least one value, or leave the key out)");
        assertThat(out).doesNotExist();
    }

    @Test
    void otherBadInputExitsTwo() {
        assertThat(run("run", "--profile", "no-such-profile").err()).contains("profile 'no-such-profile' not found", "quick");
        assertThat(run("run", "--profile", "no-such-profile").code()).isEqualTo(ExitCode.BAD_INPUT);
        Result axes = run("run", "--profile", "smoke", "--epochs", "3", "--layout", "features");
        assertThat(axes.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(axes.err()).contains("--epochs, --layout cannot be combined with --profile");
        Result notIn = run("run", "--profile", "smoke", "--scenario", "batch-state");
        assertThat(notIn.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(notIn.err()).contains("scenario 'batch-state' is not in profile smoke", "one-char, timestep-window");
        assertThat(run("run", "--profile", "smoke", "--shard", "3/2").err()).contains("--shard", "1 <= K <= N");
        assertThat(run("run", "--profile", "smoke", "--shard", "x").code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("run", "--profile", "smoke", "--repetitions", "0").code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run("run", "--scenario", "one-char", "--batch-size", "26").err()).contains("larger than the data set");
        assertThat(run("merge", "out.csv").code()).isEqualTo(ExitCode.BAD_INPUT);
        Result merge = run("merge", dir.resolve("m.csv").toString(), dir.resolve("missing.csv").toString());
        assertThat(merge.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(merge.err()).contains("missing.csv: no such file");
    }

    @Test
    void dryRunShardsPartitionTheNarrowedProfile() {
        Result all = run("run", "--profile", "smoke", "--scenario", "one-char,timestep-window,variable-length", "--dry-run");
        assertThat(all.code()).isEqualTo(ExitCode.OK);
        List<String> cells = keys(all.out());
        assertThat(cells).hasSize(6).allMatch(k -> !k.startsWith("stateful") && !k.startsWith("batch-state"));
        List<String> union = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            Result part = run("run", "--profile", "smoke", "--scenario", "one-char,timestep-window,variable-length",
                    "--shard", k + "/3", "--dry-run");
            assertThat(part.out()).contains("in shard " + k + "/3");
            union.addAll(keys(part.out()));
        }
        assertThat(union).containsExactlyInAnyOrderElementsOf(cells);
    }

    private static List<String> keys(String out) {
        return out.lines().filter(l -> l.contains("|")).map(l -> l.substring(0, l.indexOf(' '))).toList();
    }
}
