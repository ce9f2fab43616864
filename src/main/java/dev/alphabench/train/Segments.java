package dev.alphabench.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where and when a long cell stops so that a fresh JVM continues it ({@link Trainer#train(
 * dev.alphabench.scenario.Scenario, Trainer.Options, Segments)}): at the first epoch boundary after
 * {@code iterations} fit calls in this JVM or once this process's resident memory reaches
 * {@code residentMb}, whichever comes first, the session is saved to {@code checkpoint}. A process
 * ends with its memory: so a leak that grows with the iterations (libnd4j 1.0.0-M2.1's
 * {@code lstmLayer_bp}, ~10 KB per call, behind {@code lstm=fused}) stays bounded by one segment.
 *
 * @param checkpoint where the session is saved and, when it exists, resumed from; null: no segments
 */
public record Segments(Path checkpoint, long iterations, long residentMb) {
    /**
     * 50,000 fit calls: at ~10 KB each the fused layer's leak adds ~0.5 GB, which keeps a child near
     * 1 GB with ND4J's own footprint; a restart (JVM start, ND4J load, warm-up) costs seconds against
     * the minutes 50,000 calls take, and a kill loses at most one segment.
     */
    public static final long DEFAULT_ITERATIONS = 50_000;
    /** Resident memory that ends a segment early, below the 1.5 GB a child should stay under. */
    public static final long DEFAULT_RESIDENT_MB = 1_200;
    /** One JVM trains the whole cell. */
    public static final Segments NONE = new Segments(null, Long.MAX_VALUE, Long.MAX_VALUE);

    public Segments {
        if (iterations <= 0 || residentMb <= 0) {
            throw new IllegalArgumentException("segment iterations and resident memory must be positive (got "
                    + iterations + ", " + residentMb + " MB)");
        }
    }

    /** Segments of the default length, checkpointed to {@code checkpoint}. */
    public static Segments at(Path checkpoint) {
        return new Segments(checkpoint, DEFAULT_ITERATIONS, DEFAULT_RESIDENT_MB);
    }

    /** True when a checkpoint of an earlier segment is there to continue. */
    public boolean resumable() {
        return checkpoint != null && Files.exists(checkpoint);
    }

    /** True when this JVM's segment is over after {@code done} fit calls here. */
    boolean over(long done) {
        return checkpoint != null && (done >= iterations || residentMb != Long.MAX_VALUE && residentBytes() >= residentMb << 20);
    }

    /** VmRSS of this process from /proc/self/status; -1 where there is none (not Linux). */
    public static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // no /proc: the iteration limit alone ends segments
        }
        return -1;
    }
}
