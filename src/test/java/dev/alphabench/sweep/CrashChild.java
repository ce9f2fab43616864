package dev.alphabench.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Child process for {@link InterruptedWriteTest}: a long sweep of instant fake cells, until killed. */
public final class CrashChild {
    public static void main(String[] args) {
        List<Cell> base = SweepRunnerTest.smokeCells();
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            Cell c = base.get(i % base.size());
            cells.add(new Cell(c.scenario().withEpochs(1 + i), c.firstSeed(), c.repetitions(), 0));
        }
        ResultSink sink = new ResultSink(Path.of(args[0]));
        new SweepRunner(Fakes.trainer(s -> false), Fakes.context("crash", "smoke"), sink,
                new SweepRunner.Listener() { }).run(cells);
    }
}
