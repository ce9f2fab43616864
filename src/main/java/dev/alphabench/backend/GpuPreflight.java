package dev.alphabench.backend;

import java.util.List;
import java.util.function.Predicate;

/**
 * Decides, before ND4J loads, whether this machine can run a CUDA build: a GPU is there, ND4J
 * M2.1 has kernels for it, and (system-CUDA builds) the CUDA 11.6 libraries are installed.
 * Each refusal is one message that names what was found and what to do.
 */
public final class GpuPreflight {
    private GpuPreflight() {
    }

    /** Returns the first GPU nd4j-cuda can run on, or throws BackendException. */
    public static GpuInfo check(BuildInfo build, NvidiaSmi.Probe probe, Predicate<String> libraryFound) {
        if (probe.gpus().isEmpty()) {
            throw new BackendException("the cuda profile needs an NVIDIA GPU; none was found (" + probe.problem()
                    + "). This build (target " + build.target() + ") cannot run here: run scripts/gpu-check for details,"
                    + " or use a CPU target (ALPHABENCH_TARGET=cpu).");
        }
        // CUDA numbers devices fastest-first, nvidia-smi by PCI bus: on a mixed machine pass when any GPU
        // can run; BackendCheck checks the device ND4J actually opened
        GpuInfo gpu = probe.gpus().stream().filter(GpuInfo::supportedByNd4jCuda).findFirst()
                .orElseThrow(() -> new BackendException(unsupported(probe.gpus().get(0))));
        if (!libraryFound.test(CudaLibraries.DRIVER)) {
            throw new BackendException("nvidia-smi lists " + gpu.describe() + " but the driver's CUDA library "
                    + CudaLibraries.DRIVER + " was not found (LD_LIBRARY_PATH, ldconfig): install the NVIDIA driver's"
                    + " CUDA library, or in a container run with the NVIDIA container runtime (docker --gpus all).");
        }
        if (build.systemCuda()) {
            List<String> missing = CudaLibraries.missing(build.cudnn(), libraryFound);
            if (!missing.isEmpty()) {
                throw new BackendException("this build uses an installed CUDA 11.6 (profile cuda-system) but "
                        + String.join(", ", missing) + (missing.size() == 1 ? " was" : " were")
                        + " not found (LD_LIBRARY_PATH, ldconfig, /usr/local/cuda/lib64). Install CUDA 11.6"
                        + (build.cudnn() ? " and cuDNN 8" : "") + ", or build with the bundled runtime instead: ./mvnw -P "
                        + (build.cudnn() ? "cuda,cudnn" : "cuda") + " package (downloads the CUDA 11.6 redist, about 1.8 GB).");
            }
        }
        return gpu;
    }

    static String unsupported(GpuInfo gpu) {
        String generation = gpu.major() >= 9 ? "it is newer than Ampere/Ada (Hopper or later) and there is no PTX to JIT-compile"
                : "it is older than Kepler sm_37";
        return "the GPU found, " + gpu.describe() + ", cannot run nd4j-cuda-11.6 " + "1.0.0-M2.1: that backend ships "
                + "kernels for sm_37..sm_86 only (" + GpuInfo.SUPPORTED_ARCHITECTURES + "), and " + generation
                + ". Supported GPUs include K80, P100, V100, T4, A100, A10, RTX 20/30/40 and L4. Use a CPU target on this machine.";
    }
}
