package dev.alphabench.report.export;

import dev.alphabench.report.CellSpec;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.compare.Series;
import java.util.Locale;

/** Benchmark names: one per cell, stable across runs, carrying everything that tells two cells apart. */
final class Names {
    private Names() {
    }

    /** e.g. {@code cpu timestep-window time-steps window=3 batch=1 units=32 epochs=15 lstm=dl4j}. */
    static String of(CellSummary r) {
        CellSpec c = r.cell();
        String seq = c.sequences() == 0 ? "" : " sequences=" + c.sequences();
        return String.format(Locale.ROOT, "%s %s %s window=%d batch=%d units=%d epochs=%d%s lstm=%s", r.stamp().target(),
                c.scenario(), c.layout(), c.window(), c.batchSize(), c.hiddenUnits(), c.epochs(), seq, Series.lstm(r));
    }
}
