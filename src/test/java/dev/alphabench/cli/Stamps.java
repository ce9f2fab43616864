package dev.alphabench.cli;

import dev.alphabench.regress.ResultSet;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Rewrites one column of a result file and of its raw file, as a run on another machine or with other settings would have written it. */
final class Stamps {
    private Stamps() {
    }

    static Path set(Path summary, String column, String value) {
        rewrite(summary, column, value);
        rewrite(ResultSet.rawFileOf(summary), column, value);
        return summary;
    }

    private static void rewrite(Path file, String column, String value) {
        List<List<String>> rows = new ArrayList<>();
        String[] header;
        try (Reader r = Files.newBufferedReader(file);
             CSVParser p = CSVParser.builder().setReader(r).setFormat(CSVFormat.RFC4180.builder().setHeader().get()).get()) {
            header = p.getHeaderNames().toArray(String[]::new);
            int idx = p.getHeaderNames().indexOf(column);
            if (idx < 0) {
                throw new IllegalArgumentException(file + " has no column " + column);
            }
            for (CSVRecord rec : p) {
                List<String> fields = new ArrayList<>(rec.toList());
                fields.set(idx, value);
                rows.add(fields);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").setHeader(header).get())) {
            printer.printRecords(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
