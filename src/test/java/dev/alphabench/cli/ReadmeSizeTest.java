package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README is the first page a user reads: it stays short, the details live in docs/. */
class ReadmeSizeTest {
    private static final long LIMIT_BYTES = 10 * 1024;

    @Test
    void theReadmeStaysWithinTenKilobytes() throws IOException {
        assertThat(Files.size(Path.of("README.md")))
                .as("README.md bytes: move details into docs/ and link them")
                .isLessThanOrEqualTo(LIMIT_BYTES);
    }
}
