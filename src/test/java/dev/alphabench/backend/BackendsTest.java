package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.cli.ExitCode;
import dev.alphabench.cli.Main;
import dev.alphabench.settings.Settings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

class BackendsTest {
    @Test
    void theCudaPreflightRunsBeforeNd4jIsTouched() {
        boolean[] probed = {false};
        assertThatThrownBy(() -> Backends.initialise(Settings.defaults(), Recorded.CUDA, () -> {
            probed[0] = true;
            return NvidiaSmi.Probe.failed("no driver");
        }, lib -> true, Set.of()))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("the cuda profile needs an NVIDIA GPU; none was found (no driver)");
        assertThat(probed[0]).isTrue();
    }

    @Test
    void theCpuBuildStartsAndRecordsWhatLoaded() {
        Environment env = Backends.initialise(Settings.defaults(), Recorded.CPU, () -> {
            throw new AssertionError("a CPU build must not ask for GPUs");
        }, lib -> false, CpuPreflight.flags());
        assertThat(env.backend()).isEqualTo("CPU");
        assertThat(env.binaryLevel()).isEqualTo("generic");
        assertThat(env.gpuName()).isEmpty();
        assertThat(env.cudnn()).isEmpty();
    }

    @Command(name = "needs-gpu")
    static final class NeedsGpu implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new BackendException("the cuda profile needs an NVIDIA GPU; none was found (test)");
        }
    }

    @Test
    void theCliTurnsABackendRefusalIntoOneLineAndExitCode3() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine().addSubcommand(new NeedsGpu());
        cl.setErr(new PrintWriter(err, true));
        assertThat(cl.execute("needs-gpu")).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(err.toString()).isEqualTo("alphabench: the cuda profile needs an NVIDIA GPU; none was found (test)"
                + System.lineSeparator());
    }
}
