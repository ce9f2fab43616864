package dev.alphabench.report.compare;

import dev.alphabench.report.Column;
import dev.alphabench.report.Row;
import java.util.Locale;

/** A batch-size sweep: the cell key without the batch size (scenario, layout, window, units, epochs, sequences). */
public record Series(String scenario, String layout, String window, String hiddenUnits, String epochs, String sequences) {
    public static Series of(Row r) {
        return new Series(r.get(Column.SCENARIO), r.get(Column.LAYOUT), r.get(Column.WINDOW),
                r.get(Column.HIDDEN_UNITS), r.get(Column.EPOCHS), r.get(Column.SEQUENCES));
    }

    public String label() {
        String seq = sequences.isEmpty() || "0".equals(sequences) ? "" : " s" + sequences;
        return String.format(Locale.ROOT, "%s %s w%s u%s e%s%s", scenario, layout, window, hiddenUnits, epochs, seq);
    }
}
