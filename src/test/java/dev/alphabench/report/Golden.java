package dev.alphabench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Golden-file checks for every output format. To accept a deliberate change, run the test once with
 * {@code -Dalphabench.golden.update=true}: the golden file is rewritten and the test is reported as
 * aborted (not passed, since nothing was compared); review the diff and run it again without the option.
 */
public final class Golden {
    public static final String UPDATE = "alphabench.golden.update";

    private Golden() {
    }

    /** {@code actual} must equal the file {@code golden} (a path under src/test/resources). */
    public static void check(Path golden, String actual) {
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(golden.toAbsolutePath().getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                Assumptions.abort("rewrote " + golden + " (-D" + UPDATE + "=true): review the diff, then run again without it");
            }
            assertThat(Files.exists(golden)).as("golden file " + golden + " (create it with -D" + UPDATE + "=true)").isTrue();
            assertThat(actual).as("against " + golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
