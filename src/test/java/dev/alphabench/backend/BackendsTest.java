package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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

    /** This build's target (whichever profile built it) starts and records what its registry entry promises. */
    @Test
    void thisBuildStartsAndRecordsWhatLoaded() {
        Settings settings = Settings.fromSystem();
        BuildInfo build = BuildInfo.load(settings);
        Target spec = build.spec();
        if (spec.gpu()) {
            assumeFalse(NvidiaSmi.probe(settings.nvidiaSmi()).gpus().isEmpty(), "a CUDA build runs on a GPU only");
        }
        Environment env = Backends.initialise(settings, build, spec.gpu() ? () -> NvidiaSmi.probe(settings.nvidiaSmi()) : () -> {
            throw new AssertionError("a CPU build must not ask for GPUs");
        }, CudaLibraries.onThisMachine(), CpuPreflight.flags());
        assertThat(env.target()).isEqualTo(build.target());
        assertThat(env.backend()).isEqualTo(spec.backend());
        if (spec.gpu()) {
            assertThat(env.gpuName()).isNotEmpty();
            assertThat(new GpuInfo(env.gpuName(), env.gpuComputeCapability(), env.gpuMemoryMb(), "").runs(spec)).isTrue();
            assertThat(env.gpuMemoryMb()).isPositive();
            assertThat(env.cudaVersion()).isEqualTo(spec.cudaVersion());
            assertThat(env.cudnn()).startsWith(spec.cudnn() ? "on" : "off");
        } else {
            assertThat(env.binaryLevel()).isEqualTo(spec.binary());
            assertThat(env.gpuName()).isEmpty();
            assertThat(env.cudnn()).isEmpty();
        }
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
