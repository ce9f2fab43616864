package dev.alphabench.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a user needs to know before a long run, read without loading ND4J: the driver, each GPU
 * and whether the cuda targets' ND4J binary can run on it, the installed CUDA libraries, and which
 * target to build. {@link #usable()} tells whether a CUDA target can run here.
 */
public record GpuReport(List<String> lines, boolean usable) {

    public static GpuReport of(NvidiaSmi.Probe probe, Predicate<String> libraryFound, Set<String> cpuFlags, String dl4jVersion) {
        Target bundled = Targets.get("cuda");
        Target system = Targets.get("cuda-system");
        String nd4j = bundled.nd4j(dl4jVersion);
        List<String> out = new ArrayList<>();
        String cpuTarget = Targets.bestCpu(cpuFlags, false).id();
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
                    g.memoryMb(), g.runs(bundled) ? "supported by " + nd4j
                            : "NOT supported (" + nd4j + " has kernels for " + bundled.kernelRange() + " only)")));
        }
        List<String> missing = CudaLibraries.missing(system, libraryFound);
        out.add(row("CUDA " + system.cudaVersion() + " libraries",
                missing.isEmpty() ? "installed" : "not installed (missing " + String.join(", ", missing) + ")"));
        List<String> cudnn = Targets.get("cuda-system-cudnn").cudaLibraries().stream()
                .filter(lib -> !system.cudaLibraries().contains(lib)).toList();
        out.add(row("cuDNN", cudnn.stream().allMatch(libraryFound) ? "installed"
                : "not installed (the cuda profile's redist bundles it)"));
        GpuInfo first = probe.gpus().get(0);
        boolean usable = first.runs(bundled) && libraryFound.test(CudaLibraries.DRIVER);
        if (!first.runs(bundled)) {
            out.add(row("use", "a CPU target: ALPHABENCH_TARGET=" + cpuTarget + " scripts/alphabench run ... (GPU 0 cannot run the cuda targets)"));
        } else if (!usable) {
            out.add(row("use", "install the NVIDIA driver's " + CudaLibraries.DRIVER + " first (in a container: --gpus all);"
                    + " until then a CPU target: ALPHABENCH_TARGET=" + cpuTarget));
        } else if (missing.isEmpty()) {
            out.add(row("use", "ALPHABENCH_TARGET=cuda scripts/alphabench run ...; with CUDA " + system.cudaVersion()
                    + " installed you may use ALPHABENCH_TARGET=cuda-system instead (skips the bundled runtime download,"
                    + " " + system.download() + "); add -cudnn for cuDNN"));
        } else {
            out.add(row("use", "ALPHABENCH_TARGET=cuda (or cuda-cudnn) scripts/alphabench run ...: builds -P "
                    + bundled.profileArgument() + ", which bundles the CUDA " + bundled.cudaVersion() + " runtime ("
                    + bundled.download() + " to download once)"));
        }
        return new GpuReport(out, usable);
    }

    private static String row(String key, String value) {
        return String.format(Locale.ROOT, "%-20s %s", key + ":", value);
    }
}
