package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.alphabench.cli.ExitCode;
import dev.alphabench.cli.Main;
import dev.alphabench.settings.Settings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Runs only in a CUDA build (./mvnw -P cuda-system test -Dtest=CudaBuildWithoutGpuTest) on a
 * machine without an NVIDIA GPU, as on CI: the run must stop with the pre-flight's one line and
 * exit code 3, write no CSV, and never get as far as ND4J (which would print a stack trace).
 */
class CudaBuildWithoutGpuTest {
    @TempDir
    Path out;

    @Test
    void runningTheCudaTargetWithoutAGpuExitsWith3AndWritesNothing() throws IOException {
        BuildInfo build = BuildInfo.load(Settings.fromSystem());
        assumeTrue(build.expectsCuda(), "not a CUDA build");
        NvidiaSmi.Probe probe = NvidiaSmi.probe(Settings.fromSystem().nvidiaSmi());
        assumeTrue(probe.gpus().isEmpty(), "this machine has a GPU");

        StringWriter err = new StringWriter();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        int code;
        try {
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            code = cl.execute("run", "--scenario", "one-char", "--epochs", "1", "--out", out.toString());
        } finally {
            System.setErr(original);
        }

        assertThat(code).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(err.toString().strip()).startsWith("alphabench: the cuda profile needs an NVIDIA GPU; none was found (")
                .contains("target " + build.target())
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(err.toString().lines().count()).isEqualTo(1);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).as("nothing else on stderr (no ND4J stack trace)").isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).as("no CSV written").isEmpty();
        }
    }
}
