package dev.alphabench.sweep;

import dev.alphabench.report.Column;
import dev.alphabench.report.Golden;
import dev.alphabench.scenario.Scenarios;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
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
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        try (CSVParser parser = CSVParser.parse(file, StandardCharsets.UTF_8, format.builder().setHeader()
                .setSkipHeaderRecord(true).get()); CSVPrinter printer = new CSVPrinter(out, format)) {
            printer.printRecord(parser.getHeaderNames());
            for (CSVRecord rec : parser) {
                List<String> fields = new ArrayList<>(rec.toList());
                for (Column measured : List.of(Column.CALIBRATION_PER_SEC, Column.CPU_SHARE)) {
                    fields.set(parser.getHeaderMap().get(measured.header()), "<measured>");
                }
                printer.printRecord(fields);
            }
        }
        return normalise(out.toString());
    }

    static String normalise(String csv) {
        return csv.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z", "<timestamp>");
    }
}
