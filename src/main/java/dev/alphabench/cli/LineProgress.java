package dev.alphabench.cli;

import dev.alphabench.report.Column;
import dev.alphabench.report.Row;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.SweepRunner;
import java.util.Locale;

/** Plain progress lines: one when a cell starts and one when it ends. */
final class LineProgress implements SweepRunner.Listener {
    @Override
    public void cellStarted(int index, int total, Cell cell) {
        System.out.printf(Locale.ROOT, "[%d/%d] %s ...%n", index + 1, total, cell.label());
    }

    @Override
    public void cellFinished(int index, int total, Cell cell, Row summary) {
        System.out.printf(Locale.ROOT, "[%d/%d] %s: %s samples/s, accuracy %s, %s%n", index + 1, total, cell.label(),
                summary.get(Column.SAMPLES_PER_SEC), summary.get(Column.ACCURACY), summary.get(Column.STATUS));
    }
}
