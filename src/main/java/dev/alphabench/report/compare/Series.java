package dev.alphabench.report.compare;

import dev.alphabench.report.CellSpec;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * A batch-size sweep: what fixes the cost of one iteration apart from the batch size (scenario,
 * layout, window, time steps, features, hidden units, sequences and the LSTM implementation). The
 * epoch count is not part of it: a profile's {@code min-iterations} gives the batch sizes of one
 * sweep different epochs.
 */
public record Series(String scenario, String layout, int window, int timeSteps, int features, int hiddenUnits,
                     int sequences, String lstm) {
    private static final Settings FUSED = Settings.parse(properties(Map.of(Settings.LSTM, "fused")), Map.of(), List.of());

    public static Series of(CellSummary r) {
        CellSpec c = r.cell();
        return new Series(c.scenario(), c.layout(), c.window(), c.timeSteps(), c.features(), c.hiddenUnits(),
                c.sequences(), lstm(r));
    }

    public String label() {
        String seq = sequences == 0 ? "" : " s" + sequences;
        return String.format(Locale.ROOT, "%s %s w%d u%d%s %s", scenario, layout, window, hiddenUnits, seq, lstm);
    }

    /** The LSTM implementation recorded in a row's settings ({@code lstm=…}); rows from before it was recorded used DL4J's. */
    static String recordedLstm(CellSummary row) {
        String lstm = "dl4j";
        for (String part : row.stamp().get(Column.SETTINGS).split(" ")) {
            if (part.startsWith("lstm=")) {
                lstm = part.substring("lstm=".length());
            }
        }
        return lstm;
    }

    /** The implementation the cell actually trained: the recorded one, except where the scenario's kind ignores it (stateful). */
    public static String lstm(CellSummary row) {
        String recorded = recordedLstm(row);
        if (!"fused".equals(recorded)) {
            return recorded;
        }
        try {
            return Scenarios.byId(row.cell().scenario()).kind().lstmImpl(FUSED);
        } catch (IllegalArgumentException unknownScenario) {
            return recorded;
        }
    }

    private static Properties properties(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        return p;
    }
}
