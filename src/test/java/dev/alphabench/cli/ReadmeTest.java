package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** README lists that come from code must match the code. */
class ReadmeTest {
    @Test
    void scenarioTableIsTheGeneratedOne() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String begin = "<!-- BEGIN generated: scripts/alphabench list --markdown -->\n";
        int from = readme.indexOf(begin);
        int to = readme.indexOf("<!-- END generated -->", from);
        assertThat(from).as("README generated-table marker").isNotNegative();
        assertThat(readme.substring(from + begin.length(), to))
                .as("README scenario table is stale: paste the output of 'scripts/alphabench list --markdown'")
                .isEqualTo(ListCommand.table().markdown());
    }
}
