package dev.alphabench.backend;

import java.util.List;
import java.util.Set;

/**
 * One hardware target as its entry in {@code targets.ini} declares it: the Maven profiles that build
 * it, what ND4J must load (backend, binary level, oneDNN or not), what the machine must have (CPU
 * instructions; for CUDA the compute capabilities it has kernels for and the libraries a system
 * install must provide), and what a first build downloads.
 */
public record Target(String id, List<String> profiles, String backend, String nd4jArtifact, String binaryLevel,
                     boolean onednn, List<String> cpuFlags, String cudaVersion, boolean systemCuda, boolean cudnn,
                     List<String> kernels, List<String> cudaLibraries, String download, String runsOn) {

    /** The driver library every CUDA build needs, bundled runtime or not. */
    public static final String CUDA_DRIVER_LIBRARY = "libcuda.so.1";

    public boolean gpu() {
        return "CUDA".equals(backend);
    }

    /** The ND4J binary the stamp's binary_level records for this target, e.g. "avx2" or "avx2+onednn". */
    public String binary() {
        return onednn ? binaryLevel + "+onednn" : binaryLevel;
    }

    /** What -P takes to build it, e.g. "cuda,cudnn". */
    public String profileArgument() {
        return String.join(",", profiles);
    }

    /** Whether a CPU with these /proc/cpuinfo flags runs this target's binary (GPU targets: always). */
    public boolean runsOnCpu(Set<String> flags) {
        return flags.containsAll(cpuFlags);
    }

    /** The ND4J artifact and version, e.g. "nd4j-cuda-11.6 1.0.0-M2.1". */
    public String nd4j(String dl4jVersion) {
        int colon = nd4jArtifact.indexOf(':');
        String artifact = (colon < 0 ? nd4jArtifact : nd4jArtifact.substring(0, colon)).replace("-platform", "");
        return artifact + " " + dl4jVersion;
    }

    /** The classifier suffix of the native binary after the platform ("" for the platform default). */
    public String classifierSuffix() {
        int colon = nd4jArtifact.indexOf(':');
        return colon < 0 ? "" : nd4jArtifact.substring(colon + 1);
    }

    /**
     * Whether this GPU target has kernels for compute capability major.minor: a cubin for sm_XY runs on
     * X.Y and later minors of X, never on a newer major (there is no PTX to JIT-compile).
     * Unknown capabilities (major &lt; 0) pass, to be checked again once ND4J has opened the device.
     */
    public boolean supportsComputeCapability(int major, int minor) {
        if (major < 0) {
            return true;
        }
        return kernels.stream().anyMatch(k -> Integer.parseInt(k.substring(0, k.length() - 1)) == major
                && Integer.parseInt(k.substring(k.length() - 1)) <= minor);
    }

    /** The kernels as a range for people, e.g. "sm_37..sm_86". */
    public String kernelRange() {
        return kernels.isEmpty() ? "" : "sm_" + kernels.get(0) + "..sm_" + kernels.get(kernels.size() - 1);
    }
}
