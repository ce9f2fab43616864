package dev.alphabench.report.compare;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.ResultCsv;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The comparison in long form, one line per cell and target, so any tool can re-plot it. Cell and
 * measurement columns keep their result-CSV names; the derived ones are listed in {@link #DERIVED}:
 * the speedup's 95% interval and {@code speedup_significant} (true, false = benchstat's {@code ~}, empty =
 * no interval) are empty on the reference's lines.
 */
public final class ComparisonCsv {
    static final Column[] FROM_RESULTS = {Column.SCENARIO, Column.LAYOUT, Column.WINDOW, Column.HIDDEN_UNITS,
            Column.BATCH_SIZE, Column.EPOCHS, Column.SEQUENCES, Column.TARGET, Column.STATUS, Column.SAMPLES_PER_SEC,
            Column.SAMPLES_PER_SEC_MIN, Column.SAMPLES_PER_SEC_MAX, Column.MS_PER_ITERATION, Column.ACCURACY};
    static final String[] DERIVED = {"speedup_vs_reference", "accuracy_delta_vs_reference", "reference", "in_all_inputs",
            "speedup_ci_low", "speedup_ci_high", "speedup_significant"};

    private ComparisonCsv() {
    }

    public static String render(Comparison c) {
        List<String> header = new ArrayList<>();
        for (Column col : FROM_RESULTS) {
            header.add(col.header());
        }
        header.addAll(List.of(DERIVED));
        StringWriter out = new StringWriter();
        String ref = c.targets().get(0).label();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get())) {
            for (String key : c.keys()) {
                boolean all = c.inAll(key);
                for (int i = 0; i < c.targets().size(); i++) {
                    CellSummary r = c.row(key, i);
                    if (r == null) {
                        continue;
                    }
                    List<String> line = new ArrayList<>();
                    for (Column col : FROM_RESULTS) {
                        line.add(col == Column.TARGET ? c.targets().get(i).label() : ResultCsv.text(r, col));
                    }
                    line.add(all ? ResultCsv.format(c.speedup(key, i)) : "");
                    line.add(all ? ResultCsv.format(c.accuracy(key, i) - c.accuracy(key, 0)) : "");
                    line.add(ref);
                    line.add(Boolean.toString(all));
                    Speedup s = c.speedupInterval(key, i);
                    line.add(ResultCsv.format(s.lower()));
                    line.add(ResultCsv.format(s.upper()));
                    line.add(s.significance() == Speedup.Significance.UNKNOWN ? "" : Boolean.toString(s.significant()));
                    p.printRecord(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
