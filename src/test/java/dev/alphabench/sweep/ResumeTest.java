package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
import dev.alphabench.scenario.Kind.Stateful;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeTest {
    @TempDir
    Path dir;

    @Test
    void resumeSkipsFinishedCellsAndRerunsFailedOnes() {
        List<Cell> cells = SweepRunnerTest.smokeCells();
        ResultSink first = new ResultSink(dir.resolve("20261128T120000Z-cpu.csv"));
        // first run: stateful fails, and the run stops after 5 of 7 cells
        new SweepRunner(Fakes.trainer(s -> s.kind() instanceof Stateful), Fakes.context("20261128T120000Z-cpu", "smoke"), first,
                new SweepRunner.Listener() { }).run(cells.subList(0, 5));

        Path found = Resume.latestRun(dir, "smoke", Shard.ALL).orElseThrow();
        assertThat(found).isEqualTo(first.summaryFile());
        assertThat(Resume.latestRun(dir, "quick", Shard.ALL)).isEmpty();
        assertThat(Resume.latestRun(dir, "smoke", new Shard(1, 2))).isEmpty();

        Resume resume = Resume.load(found);
        assertThat(resume.runId()).isEqualTo("20261128T120000Z-cpu");
        Set<String> done = resume.doneKeys();
        assertThat(done).hasSize(4).doesNotContain(cells.get(4).key());
        List<Cell> todo = cells.stream().filter(c -> !done.contains(c.key())).toList();
        assertThat(todo).extracting(Cell::key).containsExactly(cells.get(4).key(), cells.get(5).key(), cells.get(6).key());

        List<String> trained = new ArrayList<>();
        SweepRunner.CellTrainer ok = Fakes.trainer(s -> false);
        ResultSink second = new ResultSink(resume.summaryFile()).preload(resume.summaries(), resume.raws());
        new SweepRunner((s, o) -> {
            trained.add(s.id());
            return ok.train(s, o);
        }, Fakes.context(resume.runId(), "smoke"), second, new SweepRunner.Listener() { }).run(todo);

        assertThat(trained).containsExactly("stateful", "stateful", "variable-length", "variable-length",
                "variable-length", "variable-length");
        List<CellSummary> summary = ResultCsv.readSummaries(found, Column.values());
        assertThat(summary).extracting(r -> r.cell().key()).containsExactlyInAnyOrderElementsOf(cells.stream().map(Cell::key).toList());
        assertThat(summary).extracting(r -> r.status()).containsOnly(Status.OK);
        List<Repetition> raw = ResultCsv.readRepetitions(ResultSink.rawFileOf(found), Column.values());
        assertThat(raw).hasSize(14).extracting(r -> r.status()).containsOnly(Status.OK);
    }
}
