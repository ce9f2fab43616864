package dev.alphabench.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Output directory checks done before any training, so a bad --out costs nothing. */
public final class OutputDirs {
    private OutputDirs() {
    }

    public static Path writable(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".alphabench-probe", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new BadInputException("output directory " + dir + " is not writable (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
    }
}
