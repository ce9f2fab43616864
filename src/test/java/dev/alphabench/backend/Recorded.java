package dev.alphabench.backend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Recorded nvidia-smi outputs from src/test/resources/nvidia-smi. */
final class Recorded {
    private Recorded() {
    }

    static String text(String name) {
        try (InputStream in = Recorded.class.getResourceAsStream("/nvidia-smi/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no recording " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NvidiaSmi.Probe probe(String name, int exitCode) {
        return NvidiaSmi.parse(exitCode, text(name), !name.startsWith("old-driver"));
    }

    static final BuildInfo CPU = new BuildInfo("cpu", "CPU", "1.0.0-M2.1", "test", "", false, "generic");
    static final BuildInfo CPU_AVX2 = new BuildInfo("cpu-avx2", "CPU", "1.0.0-M2.1", "test", "", false, "avx2");
    static final BuildInfo CPU_AVX512 = new BuildInfo("cpu-avx512", "CPU", "1.0.0-M2.1", "test", "", false, "avx512");
    static final BuildInfo CUDA = new BuildInfo("cuda", "CUDA", "1.0.0-M2.1", "test", "bundled", false, "");
    static final BuildInfo CUDA_SYSTEM = new BuildInfo("cuda", "CUDA", "1.0.0-M2.1", "test", "system", false, "");
    static final BuildInfo CUDA_SYSTEM_CUDNN = new BuildInfo("cuda-cudnn", "CUDA", "1.0.0-M2.1", "test", "system", true, "");
}
