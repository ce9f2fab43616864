package dev.alphabench.backend;

import java.util.Locale;

/**
 * Compares what ND4J actually loaded with what the build's target promises in the registry, so that
 * numbers are never recorded under the wrong target (e.g. a cuda build that silently fell back to
 * the CPU backend, or an avx2 build that loaded the generic binary).
 */
public final class BackendCheck {
    private BackendCheck() {
    }

    /** Throws BackendException when the loaded backend, CPU binary or GPU does not match the build. */
    public static void verify(BuildInfo build, Environment env) {
        Target spec = build.spec();
        String loaded = env.backend().toUpperCase(Locale.ROOT);
        if (!loaded.equals(spec.backend())) {
            throw new BackendException("this is the " + build.target() + " build, which expects the " + spec.backend()
                    + " backend, but ND4J loaded " + env.backend() + (spec.gpu()
                    ? " (CUDA could not start and ND4J fell back to the CPU)" : "")
                    + "; refusing to record " + env.backend() + " numbers under target " + build.target()
                    + ". Check the classpath holds one backend only (target/classpath-" + spec.id() + ".txt).");
        }
        Targets.find(build.target()).filter(named -> !named.equals(spec)).ifPresent(named -> {
            throw new BackendException("target " + build.target() + " is another build than this " + spec.id()
                    + " build (ND4J loaded " + env.backend() + " " + env.binaryLevel() + "); build it with ./mvnw -P "
                    + named.profileArgument() + " package, or drop -Dalphabench.target");
        });
        if (!spec.gpu() && !matchesBinary(spec, env.binaryLevel())) {
            throw new BackendException("this is the " + build.target() + " build, which bundles the " + spec.binary()
                    + " ND4J binary, but the " + env.binaryLevel() + " binary was loaded; refusing to record its numbers"
                    + " under target " + build.target() + ". Check target/classpath-" + spec.id() + ".txt.");
        }
        if (spec.gpu() && !env.gpuComputeCapability().isEmpty()) {
            GpuInfo device = new GpuInfo(env.gpuName(), env.gpuComputeCapability(), env.gpuMemoryMb(), env.gpuDriverVersion());
            if (!device.runs(spec)) {
                throw new BackendException(GpuPreflight.unsupported(device, spec, build.dl4jVersion()));
            }
        }
    }

    /** The level must match unless libnd4j cannot tell it (built without CPU feature detection); oneDNN always. */
    static boolean matchesBinary(Target spec, String loaded) {
        boolean onednn = loaded.endsWith("+onednn");
        String level = onednn ? loaded.substring(0, loaded.length() - "+onednn".length()) : loaded;
        return onednn == spec.onednn()
                && (level.equals(spec.binaryLevel()) || Environment.UNSPECIFIED_LEVEL.equals(level));
    }
}
