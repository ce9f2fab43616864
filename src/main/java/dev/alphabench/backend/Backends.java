package dev.alphabench.backend;

/**
 * Starts ND4J for the build's target and reports what actually loaded. Call once per process,
 * after input validation and before any training.
 */
public final class Backends {
    private Backends() {
    }

    public static Environment initialise() {
        BuildInfo build = BuildInfo.load();
        Tuning.applyToNd4j();
        return Environment.detect(build);
    }
}
