package dev.alphabench.report;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The results CSV codec (RFC 4180 through Commons CSV), keyed by {@link Column}: the only place
 * result numbers are formatted or parsed. Writes are atomic: the file is written beside its
 * destination and moved into place, so a reader or a kill never sees half a row.
 */
public final class ResultCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    /** The columns held by {@link CellSpec} and {@link Measures} components of the same name. */
    private static final Map<Column, RecordComponent> PARTS = Stream.of(CellSpec.class, Measures.class)
            .flatMap(t -> Arrays.stream(t.getRecordComponents())).collect(Collectors.toMap(ResultCsv::column, rc -> rc));

    private ResultCsv() {
    }

    public static void write(Path file, List<? extends ResultRow> rows) {
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

    private static void writeAndMove(Path tmp, Path file, List<? extends ResultRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, FORMAT.builder().setHeader(Column.headers()).get())) {
            for (ResultRow row : rows) {
                printer.printRecord(Arrays.stream(Column.values()).map(c -> text(row, c)).toList());
            }
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Reads a raw CSV; see {@link #readSummaries} for what is rejected. */
    public static List<Repetition> readRepetitions(Path file, Column... required) {
        return read(file, required, f -> new Repetition(f.stamp(), f.record(CellSpec.class), f.integer(Column.SEED),
                (int) f.integer(Column.REPETITION), f.record(Measures.class), f.text(Column.GENERATION), f.status(), f.text(Column.ERROR)));
    }

    /**
     * Reads a summary CSV. Unknown extra columns are ignored, absent ones read as empty; a missing
     * required column, a row with the wrong number of fields (a truncated file), a number or status
     * that does not parse, or an unreadable file is an {@link InvalidResultsException}.
     */
    public static List<CellSummary> readSummaries(Path file, Column... required) {
        return read(file, required, f -> new CellSummary(f.stamp(), f.record(CellSpec.class), f.text(Column.SEED), f.record(Measures.class),
                Arrays.stream(f.text(Column.ACCURACIES).split(";")).filter(s -> !s.isBlank())
                        .map(s -> new Fields(f.where(), Map.of(Column.ACCURACIES, s)).number(Column.ACCURACIES)).toList(),
                f.text(Column.GENERATION), f.status(), f.text(Column.ERROR)));
    }

    /** A number as written: integers without a point, others to six significant digits, NaN as empty. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value);
    }

    /** The text of one column of a row, as the file holds it. */
    public static String text(ResultRow r, Column c) {
        if (Stamp.covers(c)) {
            return r.stamp().get(c);
        }
        RecordComponent rc = PARTS.get(c);
        if (rc != null) {
            return value(rc, rc.getDeclaringRecord() == CellSpec.class ? r.cell() : r.measures());
        }
        Repetition rep = r instanceof Repetition p ? p : null;
        return switch (c) {
            case SEED -> rep != null ? Long.toString(rep.seed()) : ((CellSummary) r).seeds();
            case REPETITION -> rep != null ? Integer.toString(rep.repetition()) : "";
            case ACCURACIES -> rep != null ? format(r.measures().accuracy())
                    : ((CellSummary) r).accuracies().stream().map(ResultCsv::format).collect(Collectors.joining(";"));
            case GENERATION -> r.generation();
            case STATUS -> r.status().id();
            case ERROR -> r.error();
            default -> throw new IllegalStateException("no field for column " + c);
        };
    }

    /** The column a record component stands for: {@code samplesPerSecMin} is {@code samples_per_sec_min}. */
    static Column column(RecordComponent rc) {
        return Column.valueOf(rc.getName().replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT));
    }

    private static String value(RecordComponent rc, Record part) {
        try {
            Object v = rc.getAccessor().invoke(part);
            return v instanceof Number n ? format(n.doubleValue()) : (String) v;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> List<T> read(Path file, Column[] required, Function<Fields, T> make) {
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
            List<T> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                if (rec.size() != header.size()) {
                    throw new InvalidResultsException(file + ": line " + parser.getCurrentLineNumber()
                            + " has " + rec.size() + " fields, the header has " + header.size() + " (truncated file?)");
                }
                Map<Column, String> text = new EnumMap<>(Column.class);
                for (Column c : Column.values()) {
                    text.put(c, header.containsKey(c.header()) ? rec.get(c.header()) : "");
                }
                rows.add(make.apply(new Fields(file + ": line " + parser.getCurrentLineNumber(), text)));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidResultsException(file + ": not a readable results CSV (" + e.getMessage() + ")");
        }
    }
}
