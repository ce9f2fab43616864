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

    /** The builds of some registry targets, as their profiles would record them. */
    static final BuildInfo CPU = BuildInfo.of("cpu", "1.0.0-M2.1");
    static final BuildInfo CPU_AVX2 = BuildInfo.of("cpu-avx2", "1.0.0-M2.1");
    static final BuildInfo CPU_AVX512 = BuildInfo.of("cpu-avx512", "1.0.0-M2.1");
    static final BuildInfo CPU_ONEDNN_AVX2 = BuildInfo.of("cpu-onednn-avx2", "1.0.0-M2.1");
    static final BuildInfo CPU_ONEDNN_AVX512 = BuildInfo.of("cpu-onednn-avx512", "1.0.0-M2.1");
    static final BuildInfo CUDA = BuildInfo.of("cuda", "1.0.0-M2.1");
    static final BuildInfo CUDA_SYSTEM = BuildInfo.of("cuda-system", "1.0.0-M2.1");
    static final BuildInfo CUDA_SYSTEM_CUDNN = BuildInfo.of("cuda-system-cudnn", "1.0.0-M2.1");
}
