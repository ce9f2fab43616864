package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetsTest {
    @Test
    void everyTargetIsDeclaredOnceWithWhatItNeeds() {
        assertThat(Targets.ids()).doesNotHaveDuplicates().contains("cpu", "cpu-avx2", "cpu-avx512", "cpu-onednn",
                "cpu-onednn-avx2", "cpu-onednn-avx512", "cuda", "cuda-system", "cuda-cudnn", "cuda-system-cudnn");
        for (Target t : Targets.all()) {
            assertThat(t.backend()).as(t.id()).isIn("CPU", "CUDA");
            if (t.gpu()) {
                assertThat(t.kernels()).as(t.id()).isNotEmpty();
                assertThat(t.cudaVersion()).as(t.id()).isNotEmpty();
                assertThat(t.cpuFlags()).as(t.id()).isEmpty();
            } else {
                assertThat(t.binaryLevel()).as(t.id()).isIn("generic", "avx2", "avx512");
                assertThat(t.kernels()).as(t.id()).isEmpty();
            }
        }
    }

    @Test
    void theOnednnTargetsNeedTheSameInstructionsAsTheirPlainTwins() {
        for (String level : List.of("avx2", "avx512")) {
            Target plain = Targets.get("cpu-" + level);
            Target onednn = Targets.get("cpu-onednn-" + level);
            assertThat(onednn.cpuFlags()).isEqualTo(plain.cpuFlags());
            assertThat(onednn.binary()).isEqualTo(level + "+onednn");
            assertThat(onednn.classifierSuffix()).isEqualTo("-onednn-" + level);
        }
        assertThat(Targets.get("cpu-onednn").binary()).isEqualTo("generic+onednn");
    }

    @Test
    void aCubinRunsOnItsMajorWithAnEqualOrHigherMinor() {
        Target cuda = Targets.get("cuda");
        assertThat(cuda.supportsComputeCapability(8, 9)).as("Ada runs sm_86 code").isTrue();
        assertThat(cuda.supportsComputeCapability(3, 7)).isTrue();
        assertThat(cuda.supportsComputeCapability(5, 3)).isTrue();
        assertThat(cuda.supportsComputeCapability(3, 5)).as("K40 is older than sm_37").isFalse();
        assertThat(cuda.supportsComputeCapability(9, 0)).isFalse();
        assertThat(cuda.supportsComputeCapability(-1, -1)).as("unknown: checked after ND4J loads").isTrue();
        assertThat(cuda.kernelRange()).isEqualTo("sm_37..sm_86");
        assertThat(cuda.nd4j("1.0.0-M2.1")).isEqualTo("nd4j-cuda-11.6 1.0.0-M2.1");
    }

    @Test
    void theBestCpuTargetIsTheHighestLevelTheFlagsAllow() {
        Set<String> avx512 = Set.of("avx", "avx2", "avx512f", "avx512vl", "avx512bw", "avx512dq", "avx512cd");
        assertThat(Targets.bestCpu(avx512, false).id()).isEqualTo("cpu-avx512");
        assertThat(Targets.bestCpu(avx512, true).id()).isEqualTo("cpu-onednn-avx512");
        assertThat(Targets.bestCpu(Set.of("avx", "avx2", "avx512f"), false).id()).isEqualTo("cpu-avx2");
        assertThat(Targets.bestCpu(Set.of("sse2"), true).id()).isEqualTo("cpu-onednn");
        assertThat(Targets.bestCpu(Set.of(), false).id()).isEqualTo("cpu");
    }

    @Test
    void anUnknownTargetNamesTheValidOnes() {
        assertThatThrownBy(() -> Targets.get("tpu")).hasMessageStartingWith("unknown target 'tpu': the targets are cpu, cpu-avx2,");
    }

    @Test
    void aMalformedRegistryLineIsNamed() {
        assertThatThrownBy(() -> Targets.parse(List.of("[x]", "profiles cpu"))).hasMessageContaining("'profiles cpu'");
        assertThatThrownBy(() -> Targets.parse(List.of("[x]", "profiles = x"))).hasMessageContaining("target x has no backend");
    }
}
