package dev.alphabench.sweep;

import dev.alphabench.report.CellSummary;
import java.util.List;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A terminal progress bar (me.tongfei:progressbar) over fit calls: cells done/total, the current cell, ETA. */
final class BarProgress extends Progress {
    private ProgressBar bar;

    @Override
    public void sweepStarted(List<Cell> cells) {
        super.sweepStarted(cells);
        bar = new ProgressBarBuilder().setTaskName("sweep").setInitialMax(Math.max(1, totalWork))
                .setStyle(ProgressBarStyle.ASCII).setUnit(" fits", 1).setUpdateIntervalMillis(500).build();
    }

    @Override
    public void cellStarted(int index, int total, Cell cell) {
        super.cellStarted(index, total, cell);
        bar.setExtraMessage(String.format(Locale.ROOT, "cell %d/%d %s", index + 1, total, cell.label()));
    }

    @Override
    public void epochDone(Cell cell, int repetition, int epoch) {
        super.epochDone(cell, repetition, epoch);
        bar.stepTo(doneWork);
    }

    @Override
    public void cellFinished(int index, int total, Cell cell, CellSummary summary) {
        super.cellFinished(index, total, cell, summary);
        bar.stepTo(doneWork);
    }

    @Override
    public void sweepFinished() {
        if (bar != null) {
            bar.close();
        }
    }
}
