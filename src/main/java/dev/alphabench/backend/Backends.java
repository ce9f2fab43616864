package dev.alphabench.backend;

import dev.alphabench.settings.Settings;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Starts ND4J for the build's target and reports what actually loaded. Call once per process,
 * after input validation and before any training. A pre-flight runs before ND4J loads: the GPU
 * checks for CUDA builds (no CUDA library is touched before they pass), the CPU instruction set for
 * the avx2/avx512 builds. Every build then checks that ND4J loaded the backend
 * and CPU binary its profile promised. Any refusal is a {@link BackendException} (exit code 3).
 */
public final class Backends {
    private Backends() {
    }

    public static Environment initialise(Settings settings) {
        return initialise(settings, BuildInfo.load(settings), () -> NvidiaSmi.probe(settings.nvidiaSmi()),
                CudaLibraries.onThisMachine(), CpuPreflight.flags());
    }

    static Environment initialise(Settings settings, BuildInfo build, Supplier<NvidiaSmi.Probe> probe,
                                  Predicate<String> libraryFound, Set<String> cpuFlags) {
        PointerGc.configure(settings); // before anything loads JavaCPP's Pointer class
        GpuInfo gpu = null;
        if (build.expectsCuda()) {
            gpu = GpuPreflight.check(build, probe.get(), libraryFound);
        } else {
            CpuPreflight.check(build, cpuFlags);
        }
        Environment env;
        try {
            Tuning.applyToNd4j(settings); // loads ND4J: after the pre-flight, inside the backend-failure handling
            env = Environment.detect(build, gpu, Tuning.stamp(settings));
        } catch (RuntimeException | LinkageError e) {
            throw new BackendException("ND4J could not start the " + build.expectedBackend() + " backend of the "
                    + build.target() + " build: " + rootCause(e) + (build.expectsCuda()
                    ? " (the 'Skipped [JCublasBackend]' warning above names the CUDA library that failed to load)" : ""), e);
        }
        BackendCheck.verify(build, env);
        return env;
    }

    static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
