package dev.alphabench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every results CSV in the repository (baselines, the docs' data and examples) reads with today's
 * codec, and one written in today's schema is written back field for field (the one difference: a whole
 * number that {@code %.6g} wrote as {@code 11982.0} is written back as {@code 11982}): old files stay usable.
 */
class CommittedResultsTest {
    @TempDir
    Path tmp;

    static Stream<Path> committedFiles() throws IOException {
        return Stream.of("results/baselines", "docs").map(Path::of).filter(Files::isDirectory).flatMap(dir -> {
            try {
                return Files.walk(dir).filter(f -> f.toString().endsWith(".csv")).sorted().toList().stream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("committedFiles")
    void readsAndWritesBackUnchanged(Path file) throws IOException {
        String header = Files.readAllLines(file).get(0);
        boolean raw = file.getFileName().toString().endsWith("-raw.csv");
        List<? extends ResultRow> rows = raw ? ResultCsv.readRepetitions(file, Column.CELL_KEY)
                : ResultCsv.readSummaries(file, Column.CELL_KEY);
        assertThat(rows).as(file.toString()).isNotEmpty();
        Path copy = tmp.resolve(file.getFileName());
        ResultCsv.write(copy, rows);
        List<? extends ResultRow> again = raw ? ResultCsv.readRepetitions(copy) : ResultCsv.readSummaries(copy);
        assertThat(again).isEqualTo(rows);
        if (header.equals(String.join(",", Column.headers()))) {
            List<CSVRecord> written = records(copy);
            List<CSVRecord> committed = records(file);
            assertThat(written).hasSameSizeAs(committed);
            for (int i = 0; i < written.size(); i++) {
                for (int f = 0; f < Column.values().length; f++) {
                    String w = written.get(i).get(f);
                    String c = committed.get(i).get(f);
                    if (!w.equals(c)) { // a whole number written by %.6g as "11982.0" comes back as "11982"
                        assertThat(Double.parseDouble(w)).as(file + " line " + (i + 2) + " " + Column.values()[f].header())
                                .isEqualTo(Double.parseDouble(c)).isEqualTo(Math.rint(Double.parseDouble(c)));
                    }
                }
            }
        }
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180)) {
            return p.getRecords();
        }
    }
}
