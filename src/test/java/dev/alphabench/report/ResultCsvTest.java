package dev.alphabench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCsvTest {
    private static final CellSpec CELL = new CellSpec("one-char", "time-steps", 3, 3, 27, 32, 1, 2, 0, 1.0, 2);

    @TempDir
    Path tmp;

    private static Repetition repetition(double sps, String error) {
        double x = Double.NaN;
        Measures m = new Measures(10, 20, x, x, sps, sps, sps, x, 1.5, 2.25, x, x, x, x, x, x, 3.2, 1.5, 0.96, 0.96, 0.96);
        Map<Column, String> stamp = new EnumMap<>(Column.class);
        stamp.put(Column.THREADS, "2");
        stamp.put(Column.TARGET, "cpu");
        return new Repetition(new Stamp(stamp), CELL, 7, 1, m, "A->B", error.isEmpty() ? Status.OK : Status.INVALID, error);
    }

    @Test
    void roundTripKeepsEveryColumnIncludingQuotesAndCommas() {
        Repetition a = repetition(1234.5678, "boom, \"quoted\"\nsecond line");
        Repetition b = repetition(Double.NaN, "");
        Path f = tmp.resolve("r-raw.csv");
        ResultCsv.write(f, List.of(a, b));
        List<Repetition> back = ResultCsv.readRepetitions(f, Column.SCENARIO);
        assertThat(back).hasSize(2);
        assertThat(back.get(0).error()).isEqualTo("boom, \"quoted\"\nsecond line");
        assertThat(back.get(0).measures().samplesPerSec()).isEqualTo(1234.57);
        assertThat(back.get(1).measures().samplesPerSec()).isNaN();
        assertThat(back.get(1)).isEqualTo(b);
        assertThat(back.get(0).stamp().get(Column.THREADS)).isEqualTo("2");
        assertThat(back.get(0).cell()).isEqualTo(CELL);
    }

    @Test
    void aSummaryKeepsItsSeedsAndEveryAccuracy() {
        CellSummary s = ResultFactory.summary(List.of(repetition(100, ""), repetition(300, "")));
        Path f = tmp.resolve("s.csv");
        ResultCsv.write(f, List.of(s));
        CellSummary back = ResultCsv.readSummaries(f).get(0);
        assertThat(back).isEqualTo(s);
        assertThat(ResultCsv.text(back, Column.SEED)).isEqualTo("7;7");
        assertThat(back.accuracies()).containsExactly(0.96, 0.96);
    }

    @Test
    void headerIsTheColumnEnumInOrder() throws IOException {
        Path f = tmp.resolve("h.csv");
        ResultCsv.write(f, List.of());
        String header = Files.readAllLines(f).get(0);
        assertThat(header).startsWith("run_id,timestamp_utc,git_commit,").contains(",samples_per_sec,")
                .endsWith(",status,error");
        assertThat(header.split(",")).hasSize(Column.values().length);
    }

    @Test
    void truncatedFileIsRejected() throws IOException {
        Path f = tmp.resolve("t.csv");
        ResultCsv.write(f, List.of(repetition(1, ""), repetition(2, "")));
        String text = Files.readString(f);
        Files.writeString(f, text.substring(0, text.length() - 20));
        assertThatThrownBy(() -> ResultCsv.readRepetitions(f)).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void missingColumnMissingFileBadNumberAndBadStatusAreRejected() throws IOException {
        Path f = Files.writeString(tmp.resolve("m.csv"), "scenario,layout,status\none-char,time-steps,ok\n");
        assertThatThrownBy(() -> ResultCsv.readSummaries(f, Column.SAMPLES_PER_SEC)).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("missing column samples_per_sec");
        assertThatThrownBy(() -> ResultCsv.readSummaries(tmp.resolve("none.csv"))).hasMessageContaining("no such file");
        Path n = Files.writeString(tmp.resolve("n.csv"), "scenario,samples_per_sec,status\none-char,\"12,5\",ok\n");
        assertThatThrownBy(() -> ResultCsv.readSummaries(n)).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("line 2").hasMessageContaining("samples_per_sec '12,5' is not a number");
        Path s = Files.writeString(tmp.resolve("st.csv"), "scenario,status\none-char,fine\n");
        assertThatThrownBy(() -> ResultCsv.readSummaries(s)).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("unknown status 'fine'");
    }

    @Test
    void absentColumnsReadAsNotMeasured() throws IOException {
        Path f = Files.writeString(tmp.resolve("old.csv"), "target,scenario,window,samples_per_sec,status\ncpu,one-char,3,12.5,ok\n");
        CellSummary s = ResultCsv.readSummaries(f).get(0);
        assertThat(s.cell().window()).isEqualTo(3);
        assertThat(s.measures().samplesPerSec()).isEqualTo(12.5);
        assertThat(s.measures().threadCpuShare()).isNaN();
        assertThat(s.accuracies()).isEmpty();
    }

    @Test
    void numbersUseLocaleRootWhateverTheDefault() {
        Locale old = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(ResultCsv.format(0.5)).isEqualTo("0.500000");
            assertThat(ResultCsv.format(3.0)).isEqualTo("3");
            assertThat(ResultCsv.format(Double.NaN)).isEmpty();
            assertThat(ResultCsv.text(repetition(1234.5678, ""), Column.SAMPLES_PER_SEC)).isEqualTo("1234.57");
        } finally {
            Locale.setDefault(old);
        }
    }
}
