package dev.alphabench.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and writes result CSVs (RFC 4180 through Commons CSV). Writes are atomic: the file is
 * written beside its destination and moved into place, so a reader or a kill never sees half a row.
 */
public final class CsvResults {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvResults() {
    }

    public static void write(Path file, List<Row> rows) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try {
                writeAndMove(tmp, file, rows);
            } finally {
                Files.deleteIfExists(tmp); // left only when writing failed: the previous file stays as it was
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeAndMove(Path tmp, Path file, List<Row> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, FORMAT.builder().setHeader(Column.headers()).get())) {
            for (Row row : rows) {
                List<String> cells = new ArrayList<>(Column.values().length);
                for (Column c : Column.values()) {
                    cells.add(row.get(c));
                }
                printer.printRecord(cells);
            }
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Reads a result CSV. Unknown extra columns are ignored; a missing required column, a row with
     * the wrong number of fields (a truncated file) or an unreadable file is an {@link InvalidResultsException}.
     */
    public static List<Row> read(Path file, Column... required) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidResultsException(file + ": no such file");
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(r)
                     .setFormat(FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (Column c : required) {
                if (!header.containsKey(c.header())) {
                    throw new InvalidResultsException(file + ": missing column " + c.header());
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                if (rec.size() != header.size()) {
                    throw new InvalidResultsException(file + ": line " + parser.getCurrentLineNumber()
                            + " has " + rec.size() + " fields, the header has " + header.size() + " (truncated file?)");
                }
                Row row = new Row();
                for (Column c : Column.values()) {
                    if (header.containsKey(c.header())) {
                        row.put(c, rec.get(c.header()));
                    }
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidResultsException(file + ": not a readable results CSV (" + e.getMessage() + ")");
        }
    }
}
