package dev.alphabench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/COLUMNS.md names every CSV column, in file order, and nothing else. */
class ColumnsDocTest {
    private static final Pattern NAME = Pattern.compile("`([a-z0-9_]+)`");

    @Test
    void theColumnReferenceListsEveryColumnInOrder() throws IOException {
        List<String> documented = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("docs", "COLUMNS.md"))) {
            if (line.startsWith("| `")) {
                Matcher m = NAME.matcher(line.substring(0, line.indexOf('|', 1)));
                while (m.find()) {
                    documented.add(m.group(1));
                }
            }
        }
        assertThat(documented).as("docs/COLUMNS.md against report/Column: add, remove or reorder the table's rows")
                .containsExactlyElementsOf(Arrays.asList(Column.headers()));
    }
}
