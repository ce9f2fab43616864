package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class GpuPreflightTest {
    private static final Predicate<String> DRIVER_ONLY = CudaLibraries.DRIVER::equals;
    private static final Predicate<String> CUDA_INSTALLED = lib -> true;

    @Test
    void noNvidiaSmiStopsTheCudaBuild() {
        NvidiaSmi.Probe none = NvidiaSmi.Probe.failed("'nvidia-smi' could not be run, so no NVIDIA driver is installed");
        assertThatThrownBy(() -> GpuPreflight.check(Recorded.CUDA, none, DRIVER_ONLY))
                .isInstanceOf(BackendException.class)
                .hasMessageStartingWith("the cuda profile needs an NVIDIA GPU; none was found ('nvidia-smi' could not be run")
                .hasMessageContaining("ALPHABENCH_TARGET=cpu");
    }

    @Test
    void aDriverWithoutDevicesStopsTheCudaBuild() {
        assertThatThrownBy(() -> GpuPreflight.check(Recorded.CUDA, Recorded.probe("no-driver.txt", 9), DRIVER_ONLY))
                .hasMessageContaining("none was found (nvidia-smi exited with 9: NVIDIA-SMI has failed");
    }

    @Test
    void aT4RunsWithTheBundledRuntime() {
        assertThat(GpuPreflight.check(Recorded.CUDA, Recorded.probe("t4.csv", 0), DRIVER_ONLY).name()).isEqualTo("Tesla T4");
    }

    @Test
    void anA100Runs() {
        GpuInfo gpu = GpuPreflight.check(Recorded.CUDA, Recorded.probe("a100-x2.csv", 0), DRIVER_ONLY);
        assertThat(gpu.computeCapability()).isEqualTo("8.0");
    }

    @Test
    void anH100IsRefusedWithTheReasonAndTheGpuNamed() {
        assertThatThrownBy(() -> GpuPreflight.check(Recorded.CUDA, Recorded.probe("h100.csv", 0), CUDA_INSTALLED))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("NVIDIA H100 80GB HBM3 (compute capability 9.0")
                .hasMessageContaining("nd4j-cuda-11.6 1.0.0-M2.1")
                .hasMessageContaining("sm_37..sm_86 only");
    }

    @Test
    void aMixedMachinePassesWhenOneGpuCanRun() {
        NvidiaSmi.Probe mixed = new NvidiaSmi.Probe(java.util.List.of(Recorded.probe("h100.csv", 0).gpus().get(0),
                Recorded.probe("t4.csv", 0).gpus().get(0)), null);
        assertThat(GpuPreflight.check(Recorded.CUDA, mixed, DRIVER_ONLY).name()).isEqualTo("Tesla T4");
    }

    @Test
    void computeCapabilityLimitsFollowCubinCompatibility() {
        assertThat(gpu("8.9").runs(Recorded.CUDA.spec())).as("Ada runs sm_86 code").isTrue();
        assertThat(gpu("3.7").runs(Recorded.CUDA.spec())).isTrue();
        assertThat(gpu("7.2").runs(Recorded.CUDA.spec())).isTrue();
        assertThat(gpu("3.5").runs(Recorded.CUDA.spec())).as("K40 is older than sm_37").isFalse();
        assertThat(gpu("9.0").runs(Recorded.CUDA.spec())).isFalse();
        assertThat(gpu("10.0").runs(Recorded.CUDA.spec())).isFalse();
        assertThat(gpu("12.0").runs(Recorded.CUDA.spec())).isFalse();
        assertThat(gpu("").runs(Recorded.CUDA.spec())).as("unknown: checked again after ND4J loads").isTrue();
    }

    @Test
    void systemCudaNamesTheMissingLibraryAndTheBundledOption() {
        Predicate<String> noCublasLt = lib -> !lib.equals("libcublasLt.so.11");
        assertThatThrownBy(() -> GpuPreflight.check(Recorded.CUDA_SYSTEM, Recorded.probe("t4.csv", 0), noCublasLt))
                .hasMessageContaining("libcublasLt.so.11 was not found")
                .hasMessageContaining("-P cuda package")
                .hasMessageNotContaining("libcudart");
    }

    @Test
    void systemCudaWithCudnnAlsoNeedsLibcudnn() {
        Predicate<String> noCudnn = lib -> !lib.equals("libcudnn.so.8");
        assertThat(GpuPreflight.check(Recorded.CUDA_SYSTEM, Recorded.probe("t4.csv", 0), noCudnn)).isNotNull();
        assertThatThrownBy(() -> GpuPreflight.check(Recorded.CUDA_SYSTEM_CUDNN, Recorded.probe("t4.csv", 0), noCudnn))
                .hasMessageContaining("libcudnn.so.8 was not found")
                .hasMessageContaining("-P cuda,cudnn");
    }

    @Test
    void theBundledRuntimeDoesNotNeedAnInstalledCuda() {
        assertThat(GpuPreflight.check(Recorded.CUDA, Recorded.probe("t4.csv", 0), DRIVER_ONLY)).isNotNull();
        assertThat(CudaLibraries.missing(Recorded.CUDA_SYSTEM.spec(), DRIVER_ONLY)).containsExactly(
                "libcudart.so.11.0", "libcublas.so.11", "libcublasLt.so.11", "libcusolver.so.11");
    }

    @Test
    void aGpuWithoutTheDriverLibraryIsRefused() {
        assertThatThrownBy(() -> GpuPreflight.check(Recorded.CUDA, Recorded.probe("t4.csv", 0), lib -> false))
                .hasMessageContaining("libcuda.so.1 was not found");
    }

    @Test
    void theReportSaysWhatToBuild() {
        Set<String> avx2 = Set.of("avx", "avx2");
        GpuReport t4 = GpuReport.of(Recorded.probe("t4.csv", 0), DRIVER_ONLY, avx2, "1.0.0-M2.1");
        assertThat(t4.usable()).isTrue();
        assertThat(String.join("\n", t4.lines())).contains("535.104.05").contains("Tesla T4, compute capability 7.5, 15,360 MiB")
                .contains("ALPHABENCH_TARGET=cuda").contains("-P cuda");
        GpuReport h100 = GpuReport.of(Recorded.probe("h100.csv", 0), CUDA_INSTALLED, avx2, "1.0.0-M2.1");
        assertThat(h100.usable()).isFalse();
        assertThat(String.join("\n", h100.lines())).contains("NOT supported").contains("ALPHABENCH_TARGET=cpu-avx2");
        GpuReport none = GpuReport.of(NvidiaSmi.Probe.failed("no driver"), DRIVER_ONLY, Set.of(), "1.0.0-M2.1");
        assertThat(none.usable()).isFalse();
        assertThat(String.join("\n", none.lines())).contains("none found (no driver)").contains("ALPHABENCH_TARGET=cpu ");
    }

    private static GpuInfo gpu(String cc) {
        return new GpuInfo("test", cc, 1, "1");
    }
}
