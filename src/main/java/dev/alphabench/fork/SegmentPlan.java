package dev.alphabench.fork;

import dev.alphabench.sweep.Cell;
import dev.alphabench.train.Segments;
import java.nio.file.Path;

/**
 * How the children of a run train long cells in segments (train/Segments): each child stops after
 * {@code iterations} fit calls or at {@code memoryMb} resident, leaving a checkpoint in {@code dir}
 * (beside the run's CSVs, named by the run id) that the next child, or a later {@code run --resume},
 * continues. One file per repetition, named by the cell key and the seed.
 */
public record SegmentPlan(Path dir, long iterations, long memoryMb) {
    public SegmentPlan {
        new Segments(dir, iterations, memoryMb); // the same checks, before any child starts
    }

    /** The checkpoints of run {@code runId} beside its CSVs in {@code out}. */
    public static Path dirOf(Path out, String runId) {
        return out.resolve(runId + "-checkpoints");
    }

    public Path file(Cell cell, int repetition) {
        return dir.resolve(cell.key().replaceAll("[^A-Za-z0-9._-]", "_") + "-seed" + cell.seed(repetition) + ".ckpt");
    }

    Segments forRepetition(Cell cell, int repetition) {
        return new Segments(file(cell, repetition), iterations, memoryMb);
    }
}
