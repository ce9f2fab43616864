package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class BackendCheckTest {
    @Test
    void aCudaBuildThatFellBackToTheCpuStops() {
        assertThatThrownBy(() -> BackendCheck.verify(Recorded.CUDA, cpu("cuda", "generic")))
                .isInstanceOf(BackendException.class)
                .hasMessageContaining("expects the CUDA backend, but ND4J loaded CPU")
                .hasMessageContaining("fell back to the CPU")
                .hasMessageContaining("refusing to record CPU numbers under target cuda");
    }

    @Test
    void aCpuBuildThatLoadedCudaStops() {
        assertThatThrownBy(() -> BackendCheck.verify(Recorded.CPU, gpu("cpu", "Tesla T4", "7.5")))
                .hasMessageContaining("expects the CPU backend, but ND4J loaded CUDA");
    }

    @Test
    void matchingBackendsPass() {
        assertThatCode(() -> BackendCheck.verify(Recorded.CPU, cpu("cpu", "generic"))).doesNotThrowAnyException();
        assertThatCode(() -> BackendCheck.verify(Recorded.CPU_AVX2, cpu("cpu-avx2", "avx2"))).doesNotThrowAnyException();
        assertThatCode(() -> BackendCheck.verify(Recorded.CUDA, gpu("cuda", "Tesla T4", "7.5"))).doesNotThrowAnyException();
    }

    @Test
    void aBuildCannotBeRelabelledAsAnotherTarget() {
        BuildInfo relabelled = new BuildInfo("cuda", Targets.get("cpu"), "1.0.0-M2.1", "test");
        assertThatThrownBy(() -> BackendCheck.verify(relabelled, cpu("cuda", "generic")))
                .hasMessageContaining("target cuda is another build than this cpu build")
                .hasMessageContaining("./mvnw -P cuda package");
        BuildInfo avx2 = new BuildInfo("cpu-avx2", Targets.get("cpu-onednn-avx2"), "1.0.0-M2.1", "test");
        assertThatThrownBy(() -> BackendCheck.verify(avx2, cpu("cpu-avx2", "avx2+onednn")))
                .hasMessageContaining("-P cpu-avx2 package");
        BuildInfo label = new BuildInfo("cpu-omp2", Targets.get("cpu"), "1.0.0-M2.1", "test");
        assertThatCode(() -> BackendCheck.verify(label, cpu("cpu-omp2", "generic"))).as("a label that names no target")
                .doesNotThrowAnyException();
    }

    @Test
    void theOnednnBuildsMustLoadAOnednnBinaryOfTheirLevel() {
        assertThatCode(() -> BackendCheck.verify(Recorded.CPU_ONEDNN_AVX2, cpu("cpu-onednn-avx2", "avx2+onednn")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> BackendCheck.verify(Recorded.CPU_ONEDNN_AVX2, cpu("cpu-onednn-avx2", "avx2")))
                .hasMessageContaining("bundles the avx2+onednn ND4J binary, but the avx2 binary was loaded");
        assertThatThrownBy(() -> BackendCheck.verify(Recorded.CPU_ONEDNN_AVX512, cpu("cpu-onednn-avx512", "avx2+onednn")))
                .hasMessageContaining("but the avx2+onednn binary was loaded");
        assertThatThrownBy(() -> BackendCheck.verify(Recorded.CPU_AVX2, cpu("cpu-avx2", "avx2+onednn")))
                .hasMessageContaining("bundles the avx2 ND4J binary, but the avx2+onednn binary was loaded");
        assertThatCode(() -> BackendCheck.verify(Recorded.CPU_ONEDNN_AVX2, cpu("cpu-onednn-avx2", "unspecified+onednn")))
                .as("a binary without CPU feature detection cannot tell its level").doesNotThrowAnyException();
    }

    @Test
    void theAvxBuildsMustLoadTheirOwnBinary() {
        assertThatThrownBy(() -> BackendCheck.verify(Recorded.CPU_AVX512, cpu("cpu-avx512", "avx2")))
                .hasMessageContaining("bundles the avx512 ND4J binary, but the avx2 binary was loaded");
        assertThatThrownBy(() -> BackendCheck.verify(Recorded.CPU_AVX2, cpu("cpu-avx2", "generic")))
                .hasMessageContaining("but the generic binary was loaded");
    }

    @Test
    void theDeviceNd4jOpenedIsCheckedAgain() {
        assertThatThrownBy(() -> BackendCheck.verify(Recorded.CUDA, gpu("cuda", "NVIDIA H200", "9.0")))
                .hasMessageContaining("NVIDIA H200").hasMessageContaining("sm_37..sm_86 only");
    }

    @Test
    void libnd4jBinaryLevelsAreNamedAsLibnd4jDefinesThem() {
        // libnd4j NativeOps binaryLevel(): 1 = generic x86-64, 2 = AVX2, 3 = AVX-512, 0 = no CPU feature detection
        org.assertj.core.api.Assertions.assertThat(new String[] {Environment.binaryLevelName(0), Environment.binaryLevelName(1),
                Environment.binaryLevelName(2), Environment.binaryLevelName(3)})
                .containsExactly("unspecified", "generic", "avx2", "avx512");
    }

    @Test
    void theAvxBuildsNeedTheirInstructions() {
        Set<String> zen3 = Set.of("sse4_2", "avx", "avx2", "fma");
        assertThatThrownBy(() -> CpuPreflight.check(Recorded.CPU_AVX512, zen3))
                .hasMessageContaining("lacks avx512f, avx512vl, avx512bw, avx512dq, avx512cd")
                .hasMessageContaining("ALPHABENCH_TARGET=cpu-avx2");
        assertThatThrownBy(() -> CpuPreflight.check(Recorded.CPU_AVX2, Set.of("sse4_2")))
                .hasMessageContaining("lacks avx, avx2").hasMessageContaining("ALPHABENCH_TARGET=cpu ");
        assertThatCode(() -> CpuPreflight.check(Recorded.CPU_AVX2, zen3)).doesNotThrowAnyException();
        assertThatCode(() -> CpuPreflight.check(Recorded.CPU, Set.of("sse2"))).doesNotThrowAnyException();
        assertThatCode(() -> CpuPreflight.check(Recorded.CPU_AVX512, Set.of())).as("unknown CPU: not checked")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CpuPreflight.check(Recorded.CPU_ONEDNN_AVX512, zen3))
                .as("the same instructions as cpu-avx512, and a oneDNN target to use instead")
                .hasMessageContaining("lacks avx512f, avx512vl, avx512bw, avx512dq, avx512cd")
                .hasMessageContaining("ALPHABENCH_TARGET=cpu-onednn-avx2 ");
    }

    private static Environment cpu(String target, String level) {
        return new Environment(target, "CPU", "OPENBLAS", level, "AMD EPYC", "AMD EPYC", 2, "1.0.0-M2.1", "17", "abc",
                "", "", 0, "");
    }

    private static Environment gpu(String target, String name, String cc) {
        return new Environment(target, "CUDA", "CUBLAS", "unspecified", name, "AMD EPYC", 2, "1.0.0-M2.1", "17", "abc",
                name, cc, 15360, "", "535.104.05", "11.6", "off");
    }
}
