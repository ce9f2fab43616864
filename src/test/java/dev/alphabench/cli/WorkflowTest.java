package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * .github/workflows/benchmark.yml cannot run here: it is checked against the workflow schema by a linter
 * from npm (the same command is a step of .ci/run), and its jobs run the commands the README documents.
 */
class WorkflowTest {
    static final Path WORKFLOW = Path.of(".github", "workflows", "benchmark.yml");
    static final String LINTER = "@action-validator/cli@0.6.0";

    @Test
    void theWorkflowPassesTheActionValidator() throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("npx", "--yes", LINTER, WORKFLOW.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "npx (Node.js) is not on the PATH, so the workflow linter " + LINTER + " cannot run");
            return;
        }
        assumeTrue(p.waitFor(5, TimeUnit.MINUTES), "the workflow linter did not finish within 5 minutes");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(!out.contains("npm ERR!") && !out.contains("npm error"), "npm could not fetch " + LINTER + ": " + out);
        assertThat(p.exitValue()).as(out).isZero();
    }

    @Test
    void itsJobsRunTheDocumentedCommands() throws IOException {
        String yml = Files.readString(WORKFLOW);
        assertThat(yml).contains("fetch-depth: 0").contains("scripts/alphabench check --base-ref \"origin/${{ github.base_ref }}\"")
                .contains("./mvnw -B verify")
                .contains("scripts/alphabench export --format github-action-benchmark results/cpu/latest.csv --out target/benchmark.json")
                .contains("benchmark-action/github-action-benchmark@v1").contains("tool: customBiggerIsBetter")
                .contains("run --profile full --shard ${{ matrix.shard }}/4").contains("scripts/alphabench merge ")
                .contains("runs-on: [self-hosted, gpu]").contains("./mvnw -B -P cuda verify");
        assertThat(Files.readString(Path.of(".ci", "run"))).contains("npx --yes " + LINTER + " .github/workflows/benchmark.yml");
    }
}
