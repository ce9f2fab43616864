package dev.alphabench.report.compare;

import dev.alphabench.report.CellSpec;
import dev.alphabench.report.CellSummary;
import java.util.Locale;

/** A batch-size sweep: the cell key without the batch size (scenario, layout, window, units, epochs, sequences). */
public record Series(String scenario, String layout, String window, String hiddenUnits, String epochs, String sequences) {
    public static Series of(CellSummary r) {
        CellSpec c = r.cell();
        return new Series(c.scenario(), c.layout(), Integer.toString(c.window()), Integer.toString(c.hiddenUnits()),
                Integer.toString(c.epochs()), Integer.toString(c.sequences()));
    }

    public String label() {
        String seq = sequences.isEmpty() || "0".equals(sequences) ? "" : " s" + sequences;
        return String.format(Locale.ROOT, "%s %s w%s u%s e%s%s", scenario, layout, window, hiddenUnits, epochs, seq);
    }
}
