package dev.alphabench.cli;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.alphabench.cli.Cli.Result;
import dev.alphabench.report.ResultFixtures;
import dev.alphabench.report.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {
    @TempDir
    Path dir;

    static Result export(String... args) {
        return Cli.run("export", args);
    }

    Path run() {
        return ResultFixtures.write(dir, "run", "cpu", List.of(CellSpec.of("one-char", 1, new double[] {90, 100, 110}, 0.5),
                CellSpec.of("one-char", 25, new double[] {900, 1000, 1100}, 0.5),
                CellSpec.of("stateful", 1, new double[] {40, 41}, 0.9).withStatus(Status.INVALID)));
    }

    @Test
    void writesJsonToStandardOutputOrToTheFileNamed() throws Exception {
        Result r = export("--format", "github-action-benchmark", run().toString());
        assertThat(r.exit()).isEqualTo(ExitCode.OK);
        JsonNode list = new ObjectMapper().readTree(r.out());
        assertThat(list).hasSize(2);
        assertThat(r.err()).contains("skipped stateful time-steps 3 32 1 2 0 (invalid)");

        Path out = dir.resolve("ci/bmf.json");
        Result file = export("--format", "bencher", run().toString(), "--out", out.toString());
        assertThat(file.exit()).isEqualTo(ExitCode.OK);
        assertThat(file.out()).isEmpty();
        assertThat(file.err()).contains("wrote 2 cell(s) to " + out);
        assertThat(new ObjectMapper().readTree(Files.readString(out)).fieldNames()).toIterable()
                .containsExactly("cpu one-char time-steps window=3 batch=1 units=32 epochs=2 lstm=dl4j",
                        "cpu one-char time-steps window=3 batch=25 units=32 epochs=2 lstm=dl4j");
        try (var files = Files.list(out.getParent())) {
            assertThat(files).containsExactly(out);   // no temporary file left beside it
        }
    }

    @Test
    void anUnknownFormatIsOneLineAndExitTwo() {
        Result r = export("--format", "csv", run().toString());
        assertThat(r.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString()
                .contains("unknown format 'csv' (valid: github-action-benchmark, bencher)");
    }

    @Test
    void anUnreadableOrMissingFileIsOneLineAndExitTwo() throws Exception {
        Result missing = export("--format", "bencher", dir.resolve("nope.csv").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("alphabench: " + dir.resolve("nope.csv") + ": no such file" + System.lineSeparator());
        Path truncated = dir.resolve("bad.csv");
        List<String> lines = Files.readAllLines(run());
        Files.writeString(truncated, lines.get(0) + "\n" + lines.get(1).substring(0, 40) + "\n");
        Result bad = export("--format", "bencher", truncated.toString());
        assertThat(bad.exit()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err().lines()).hasSize(1).first().asString().startsWith("alphabench: " + truncated);
        Path raw = dir.resolve("run-raw.csv");
        assertThat(export("--format", "bencher", raw.toString()).exit()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void aRunWithNoOkCellWritesNothingAndExitsOne() {
        Path failed = ResultFixtures.write(dir, "failed", "cpu",
                List.of(CellSpec.of("one-char", 1, new double[] {90}, 0.5).withStatus(Status.FAILED)));
        Path out = dir.resolve("x.json");
        Result r = export("--format", "bencher", failed.toString(), "--out", out.toString());
        assertThat(r.exit()).isEqualTo(ExitCode.FAILED);
        assertThat(r.err()).contains("has no ok cell; nothing written");
        assertThat(out).doesNotExist();
    }
}
