package dev.alphabench.sweep;


import dev.alphabench.report.Column;
import dev.alphabench.report.CsvResults;
import dev.alphabench.report.Golden;
import dev.alphabench.report.Row;
import dev.alphabench.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CSV schema as files see it: header from report.Column, number formats, quoting. A change here is
 * a change for every reader (compare, regression gate, old baselines): update the golden files on purpose ({@link Golden}).
 */
class GoldenCsvTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @TempDir
    Path dir;

    @Test
    void summaryAndRawFilesMatchTheGoldenFiles() throws IOException {
        Cell cell = new Cell(Scenarios.STATEFUL.withEpochs(3), 1, 2, 5);
        ResultSink sink = new ResultSink(dir.resolve("golden.csv"));
        new SweepRunner(Fakes.trainer(s -> false), Fakes.context("20261128T120000Z-cpu", "smoke"), sink,
                new SweepRunner.Listener() { }).run(List.of(cell));
        Golden.check(GOLDEN.resolve("sweep-summary.csv"), normalise(sink.summaryFile()));
        Golden.check(GOLDEN.resolve("sweep-raw.csv"), normalise(sink.rawFile()));
    }

    /**
     * Rows carry the wall-clock time they were written and the machine's calibration and CPU share
     * measured around each repetition; everything else is fixed by the fakes.
     */
    static String normalise(Path file) throws IOException {
        List<Row> rows = CsvResults.read(file);
        rows.forEach(r -> r.put(Column.CALIBRATION_PER_SEC, "<measured>").put(Column.CPU_SHARE, "<measured>"));
        Path copy = file.resolveSibling(file.getFileName() + ".normalised");
        CsvResults.write(copy, rows);
        return normalise(Files.readString(copy));
    }

    static String normalise(String csv) {
        return csv.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<timestamp>");
    }

}
