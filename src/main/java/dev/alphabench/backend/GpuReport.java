package dev.alphabench.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a user needs to know before a long run, read without loading ND4J: the driver, each GPU
 * and whether nd4j-cuda-11.6 M2.1 can run on it, the installed CUDA libraries, and which target
 * to build. {@link #usable()} tells whether a CUDA target can run here.
 */
public record GpuReport(List<String> lines, boolean usable) {

    public static GpuReport of(NvidiaSmi.Probe probe, Predicate<String> libraryFound, Set<String> cpuFlags) {
        List<String> out = new ArrayList<>();
        String cpuTarget = cpuFlags.containsAll(CpuPreflight.REQUIRED.get("avx512")) ? "cpu-avx512"
                : cpuFlags.containsAll(CpuPreflight.REQUIRED.get("avx2")) ? "cpu-avx2" : "cpu";
        out.add(row("CPU", Environment.detectCpuModel() + " (highest CPU binary it runs: target " + cpuTarget + ")"));
        if (probe.gpus().isEmpty()) {
            out.add(row("NVIDIA GPU", "none found (" + probe.problem() + ")"));
            out.add(row("use", "a CPU target: ALPHABENCH_TARGET=" + cpuTarget + " scripts/alphabench run ..."));
            return new GpuReport(out, false);
        }
        out.add(row("NVIDIA driver", probe.gpus().get(0).driverVersion()
                + (libraryFound.test(CudaLibraries.DRIVER) ? "" : " (but " + CudaLibraries.DRIVER + " not found)")));
        for (int i = 0; i < probe.gpus().size(); i++) {
            GpuInfo g = probe.gpus().get(i);
            out.add(row("GPU " + i, String.format(Locale.ROOT, "%s, compute capability %s, %,d MiB: %s", g.name(),
                    g.computeCapability().isEmpty() ? "unknown (this driver's nvidia-smi cannot report it)" : g.computeCapability(),
                    g.memoryMb(), g.supportedByNd4jCuda() ? "supported by nd4j-cuda-11.6 1.0.0-M2.1"
                            : "NOT supported (nd4j-cuda-11.6 1.0.0-M2.1 has kernels for sm_37..sm_86 only)")));
        }
        List<String> missing = CudaLibraries.missing(false, libraryFound);
        out.add(row("CUDA 11.6 libraries", missing.isEmpty() ? "installed" : "not installed (missing " + String.join(", ", missing) + ")"));
        out.add(row("cuDNN 8", libraryFound.test(CudaLibraries.CUDNN) ? "installed" : "not installed (the cuda profile's redist bundles it)"));
        GpuInfo first = probe.gpus().get(0);
        boolean usable = first.supportedByNd4jCuda() && libraryFound.test(CudaLibraries.DRIVER);
        if (!first.supportedByNd4jCuda()) {
            out.add(row("use", "a CPU target: ALPHABENCH_TARGET=" + cpuTarget + " scripts/alphabench run ... (GPU 0 cannot run the cuda targets)"));
        } else if (!usable) {
            out.add(row("use", "install the NVIDIA driver's " + CudaLibraries.DRIVER + " first (in a container: --gpus all);"
                    + " until then a CPU target: ALPHABENCH_TARGET=" + cpuTarget));
        } else if (missing.isEmpty()) {
            out.add(row("use", "ALPHABENCH_TARGET=cuda scripts/alphabench run ...; with CUDA 11.6 installed you may build"
                    + " ./mvnw -P cuda-system package instead (skips the 1.8 GB runtime download); add cudnn for cuDNN"));
        } else {
            out.add(row("use", "ALPHABENCH_TARGET=cuda (or cuda-cudnn) scripts/alphabench run ...: builds -P cuda, which"
                    + " bundles the CUDA 11.6 runtime (about 2.5 GB to download once)"));
        }
        return new GpuReport(out, usable);
    }

    private static String row(String key, String value) {
        return String.format(Locale.ROOT, "%-20s %s", key + ":", value);
    }
}
