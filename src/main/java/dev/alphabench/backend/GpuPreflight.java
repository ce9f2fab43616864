package dev.alphabench.backend;

import java.util.List;
import java.util.function.Predicate;

/**
 * Decides, before ND4J loads, whether this machine can run a CUDA build: a GPU is there, the
 * target's ND4J binary has kernels for it, and (system-CUDA builds) the CUDA libraries are
 * installed. Each refusal is one message that names what was found and what to do.
 */
public final class GpuPreflight {
    private GpuPreflight() {
    }

    /** Returns the first GPU the build's target can run on, or throws BackendException. */
    public static GpuInfo check(BuildInfo build, NvidiaSmi.Probe probe, Predicate<String> libraryFound) {
        Target spec = build.spec();
        if (probe.gpus().isEmpty()) {
            throw new BackendException("the cuda profile needs an NVIDIA GPU; none was found (" + probe.problem()
                    + "). This build (target " + build.target() + ") cannot run here: run scripts/gpu-check for details,"
                    + " or use a CPU target (ALPHABENCH_TARGET=cpu).");
        }
        // CUDA numbers devices fastest-first, nvidia-smi by PCI bus: on a mixed machine pass when any GPU
        // can run; BackendCheck checks the device ND4J actually opened
        GpuInfo gpu = probe.gpus().stream().filter(g -> g.runs(spec)).findFirst()
                .orElseThrow(() -> new BackendException(unsupported(probe.gpus().get(0), spec, build.dl4jVersion())));
        if (!libraryFound.test(CudaLibraries.DRIVER)) {
            throw new BackendException("nvidia-smi lists " + gpu.describe() + " but the driver's CUDA library "
                    + CudaLibraries.DRIVER + " was not found (LD_LIBRARY_PATH, ldconfig): install the NVIDIA driver's"
                    + " CUDA library, or in a container run with the NVIDIA container runtime (docker --gpus all).");
        }
        if (spec.systemCuda()) {
            List<String> missing = CudaLibraries.missing(spec, libraryFound);
            if (!missing.isEmpty()) {
                Target bundled = Targets.all().stream().filter(t -> t.gpu() && !t.systemCuda() && t.cudnn() == spec.cudnn())
                        .findFirst().orElseThrow();
                throw new BackendException("this build uses an installed CUDA " + spec.cudaVersion() + " (profile "
                        + spec.profileArgument() + ") but " + String.join(", ", missing)
                        + (missing.size() == 1 ? " was" : " were") + " not found (LD_LIBRARY_PATH, ldconfig,"
                        + " /usr/local/cuda/lib64). Install them, or build with the bundled runtime instead: ./mvnw -P "
                        + bundled.profileArgument() + " package (downloads " + bundled.download() + ").");
            }
        }
        return gpu;
    }

    static String unsupported(GpuInfo gpu, Target spec, String dl4jVersion) {
        String newest = spec.kernels().get(spec.kernels().size() - 1);
        String generation = gpu.major() > Integer.parseInt(newest.substring(0, newest.length() - 1))
                ? "it is newer than the newest of them and there is no PTX to JIT-compile"
                : "it is older than the oldest of them";
        return "the GPU found, " + gpu.describe() + ", cannot run " + spec.nd4j(dl4jVersion) + ": that backend ships "
                + "kernels for " + spec.kernelRange() + " only (sm_" + String.join(", ", spec.kernels()) + "), and "
                + generation + ". Supported GPUs include K80, P100, V100, T4, A100, A10, RTX 20/30/40 and L4."
                + " Use a CPU target on this machine.";
    }
}
