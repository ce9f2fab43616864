package dev.alphabench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvResultsTest {
    @TempDir
    Path tmp;

    @Test
    void roundTripKeepsEveryColumnIncludingQuotesAndCommas() {
        Row a = new Row().put(Column.SCENARIO, "one-char").put(Column.SAMPLES_PER_SEC, 1234.5678)
                .put(Column.ERROR, "boom, \"quoted\"\nsecond line").put(Column.THREADS, 2);
        Row b = new Row().put(Column.SCENARIO, "stateful").put(Column.ACCURACY, 0.96);
        Path f = tmp.resolve("r.csv");
        CsvResults.write(f, List.of(a, b));
        List<Row> back = CsvResults.read(f, Column.SCENARIO);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).get(Column.ERROR)).isEqualTo("boom, \"quoted\"\nsecond line");
        assertThat(back.get(0).number(Column.SAMPLES_PER_SEC)).isEqualTo(1234.57);
        assertThat(back.get(1).number(Column.ACCURACY)).isEqualTo(0.96);
        assertThat(back.get(1).number(Column.SAMPLES_PER_SEC)).isNaN();
        assertThat(back.get(0).get(Column.THREADS)).isEqualTo("2");
    }

    @Test
    void headerIsTheColumnEnumInOrder() throws IOException {
        Path f = tmp.resolve("h.csv");
        CsvResults.write(f, List.of());
        String header = Files.readAllLines(f).get(0);
        assertThat(header).startsWith("run_id,timestamp_utc,git_commit,").contains(",samples_per_sec,")
                .endsWith(",status,error");
        assertThat(header.split(",")).hasSize(Column.values().length);
    }

    @Test
    void truncatedFileIsRejected() throws IOException {
        Path f = tmp.resolve("t.csv");
        CsvResults.write(f, List.of(new Row().put(Column.SCENARIO, "x"), new Row().put(Column.SCENARIO, "y")));
        String text = Files.readString(f);
        Files.writeString(f, text.substring(0, text.length() - 20));
        assertThatThrownBy(() -> CsvResults.read(f)).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void missingColumnAndMissingFileAreRejected() throws IOException {
        Path f = Files.writeString(tmp.resolve("m.csv"), "scenario,layout\none-char,time-steps\n");
        assertThatThrownBy(() -> CsvResults.read(f, Column.SAMPLES_PER_SEC)).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("missing column samples_per_sec");
        assertThatThrownBy(() -> CsvResults.read(tmp.resolve("none.csv"))).hasMessageContaining("no such file");
    }

    @Test
    void numbersUseLocaleRootWhateverTheDefault() {
        java.util.Locale old = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.GERMANY);
            assertThat(Row.format(0.5)).isEqualTo("0.500000");
            assertThat(Row.format(3.0)).isEqualTo("3");
            assertThat(Row.format(Double.NaN)).isEmpty();
        } finally {
            java.util.Locale.setDefault(old);
        }
    }
}
