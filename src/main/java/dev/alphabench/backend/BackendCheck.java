package dev.alphabench.backend;

import java.util.Locale;

/**
 * Compares what ND4J actually loaded with what the build promised, so that numbers are never
 * recorded under the wrong target (e.g. a cuda build that silently fell back to the CPU backend).
 */
public final class BackendCheck {
    private BackendCheck() {
    }

    /** Throws BackendException when the loaded backend or CPU binary does not match the build. */
    public static void verify(BuildInfo build, Environment env) {
        String loaded = env.backend().toUpperCase(Locale.ROOT);
        String expected = build.expectedBackend().toUpperCase(Locale.ROOT);
        if (!loaded.equals(expected)) {
            throw new BackendException("this is the " + build.target() + " build, which expects the " + expected
                    + " backend, but ND4J loaded " + env.backend() + (build.expectsCuda()
                    ? " (CUDA could not start and ND4J fell back to the CPU)" : "")
                    + "; refusing to record " + env.backend() + " numbers under target " + build.target()
                    + ". Check the classpath holds one backend only (target/classpath-" + build.target() + ".txt).");
        }
        if (!build.expectsCuda() && build.target().toLowerCase(Locale.ROOT).startsWith("cuda")) {
            throw new BackendException("target " + build.target() + " names a GPU target, but this is a CPU build"
                    + " (ND4J loaded " + env.backend() + "); build it with ./mvnw -P cuda package, or drop -Dalphabench.target");
        }
        String level = build.cpuLevel();
        if (!build.expectsCuda() && !level.isEmpty() && !env.binaryLevel().equals(level)
                && !Environment.UNSPECIFIED_LEVEL.equals(env.binaryLevel())) {
            throw new BackendException("this is the " + build.target() + " build, which bundles the " + level
                    + " ND4J binary, but the " + env.binaryLevel() + " binary was loaded; refusing to record its numbers"
                    + " under target " + build.target() + ". Check target/classpath-" + build.target() + ".txt.");
        }
        if (build.expectsCuda() && !env.gpuComputeCapability().isEmpty()) {
            GpuInfo device = new GpuInfo(env.gpuName(), env.gpuComputeCapability(), env.gpuMemoryMb(), env.gpuDriverVersion());
            if (!device.supportedByNd4jCuda()) {
                throw new BackendException(GpuPreflight.unsupported(device));
            }
        }
    }
}
