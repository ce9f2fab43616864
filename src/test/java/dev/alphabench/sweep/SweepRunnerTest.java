package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepRunnerTest {
    @TempDir
    Path dir;

    static List<Cell> smokeCells() {
        return Expansion.of(new ProfileLoader(Path.of("profiles")).load("smoke")).cells();
    }

    @Test
    void aFailingCellIsRecordedAndTheSweepGoesOn() {
        List<Cell> cells = smokeCells();
        ResultSink sink = new ResultSink(dir.resolve("run.csv"));
        List<CellSummary> rows = new SweepRunner(Fakes.trainer(s -> s.id().equals("timestep-window")),
                Fakes.context("run", "smoke"), sink, new SweepRunner.Listener() { }).run(cells);

        assertThat(rows).hasSameSizeAs(cells);
        List<CellSummary> onDisk = ResultCsv.readSummaries(sink.summaryFile(), Column.values());
        assertThat(onDisk).extracting(r -> r.cell().key()).containsExactlyElementsOf(cells.stream().map(Cell::key).toList());
        assertThat(onDisk).filteredOn(r -> ResultCsv.text(r, Column.SCENARIO).equals("timestep-window")).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(Status.FAILED);
            assertThat(ResultCsv.text(r, Column.ERROR)).contains("rep 0: IllegalStateException: injected failure in timestep-window");
        });
        assertThat(onDisk).filteredOn(r -> !ResultCsv.text(r, Column.SCENARIO).equals("timestep-window"))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(Status.OK));
        List<Repetition> raws = ResultCsv.readRepetitions(sink.rawFile(), Column.values());
        assertThat(raws).hasSize(cells.stream().mapToInt(Cell::repetitions).sum());
        assertThat(raws).extracting(r -> ResultCsv.text(r, Column.PROFILE)).containsOnly("smoke");
    }

    @Test
    void anAbortedSweepLeavesValidFilesWithEveryFinishedCell() {
        List<Cell> cells = smokeCells();
        ResultSink sink = new ResultSink(dir.resolve("run.csv"));
        AtomicInteger calls = new AtomicInteger();
        SweepRunner.CellTrainer ok = Fakes.trainer(s -> false);
        SweepRunner.CellTrainer dying = (s, o) -> {
            if (calls.incrementAndGet() > 5) {
                throw new ThreadDeath(); // not a cell failure: stands for the process going away
            }
            return ok.train(s, o);
        };
        assertThatThrownBy(() -> new SweepRunner(dying, Fakes.context("run", "smoke"), sink, new SweepRunner.Listener() { })
                .run(cells)).isInstanceOf(ThreadDeath.class);
        // 2 repetitions per cell: calls 1-4 finish cells 1 and 2, call 6 dies inside cell 3
        assertThat(ResultCsv.readSummaries(sink.summaryFile(), Column.values())).extracting(r -> r.cell().key())
                .containsExactly(cells.get(0).key(), cells.get(1).key());
        assertThat(ResultCsv.readRepetitions(sink.rawFile(), Column.values())).hasSize(4);
    }

    @Test
    void plainProgressLinesCountCellsAndGiveAnEta() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress progress = new Progress.LineProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), Duration.ZERO);
        List<Cell> cells = smokeCells();
        new SweepRunner(Fakes.trainer(s -> false), Fakes.context("run", "smoke"), new ResultSink(dir.resolve("r.csv")),
                progress).run(cells);
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).first().asString().startsWith("[1/7] one-char time-steps w1 u32 b1 e2 ...").contains("ETA ?");
        assertThat(lines).anyMatch(l -> l.matches("\\[2/7] .*repetition 2/2, epoch 2/2 \\(elapsed \\d+s, ETA \\d+s\\)"));
        assertThat(lines).last().asString().startsWith("[7/7] variable-length masked").contains("1000 samples/s", "ok");
        assertThat(Progress.duration(3725)).isEqualTo("1h02m");
        assertThat(Progress.duration(75)).isEqualTo("1m15s");
    }
}
