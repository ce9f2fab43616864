package dev.alphabench.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where and when a long cell stops so that a fresh JVM continues it (the three-argument
 * {@code Trainer.train}): at the first epoch boundary after
 * {@code iterations} fit calls in this JVM or once this process's resident memory reaches
 * {@code residentMb} (MiB), whichever comes first, the session is saved to {@code checkpoint}. A process
 * ends with its memory: so a leak that grows with the iterations (libnd4j 1.0.0-M2.1's
 * {@code lstmLayer_bp}, ~10 KB per call, behind {@code lstm=fused}) stays bounded by one segment.
 *
 * @param checkpoint where the session is saved and, when it exists, resumed from; null: no segments
 */
public record Segments(Path checkpoint, long iterations, long residentMb) {
    /**
     * 15,000 fit calls: with the fused layer a JVM grew to ~1.0 GB by 10,000 calls and ~1.2 GB by 20,000
     * (docs/studies/2026-11-29-fused-lstm.md), most of it the 1 GB heap filling up and the rest the op's leak
     * (~10 KB a call), so 15,000 stays under the 1.5 GB a process should keep below with room for a
     * heap that fills faster; a restart (JVM start, ND4J load, warm-up) costs seconds against the
     * tens of seconds or more 15,000 calls take, and a kill loses at most that.
     */
    public static final long DEFAULT_ITERATIONS = 15_000;
    /**
     * Resident memory that ends a segment early: the 1.5 GB bound itself, a safety net for what the
     * iteration count does not bound. DL4J's own layer levels off below it (~1.4 GB with the
     * harness's 1 GB heap), so its cells are not cut short.
     */
    public static final long DEFAULT_RESIDENT_MB = 1_500;
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

    /**
     * True when this JVM's segment is over after {@code done} fit calls here. Memory counts only after a
     * tenth of the iterations, so a process that starts above the limit still makes progress.
     */
    boolean over(long done) {
        return checkpoint != null && (done >= iterations
                || done >= iterations / 10 && residentMb != Long.MAX_VALUE && residentBytes() >= residentMb << 20);
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
