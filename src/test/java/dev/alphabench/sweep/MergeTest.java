package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.report.Column;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.ResultCsv;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeTest {
    @TempDir
    Path dir;

    private Path shard(List<Cell> cells, Shard shard, String profile) {
        ResultSink sink = new ResultSink(dir.resolve("run" + shard.suffix() + "-" + profile + ".csv"));
        new SweepRunner(Fakes.trainer(s -> false), Fakes.context("run" + shard.suffix(), profile), sink,
                new SweepRunner.Listener() { }).run(shard.select(cells));
        return sink.summaryFile();
    }

    @Test
    void mergedShardsHoldEveryCellOnceWithTheirRawRows() {
        List<Cell> cells = SweepRunnerTest.smokeCells();
        List<Path> parts = new ArrayList<>();
        for (int k = 1; k <= 3; k++) {
            parts.add(shard(cells, new Shard(k, 3), "smoke"));
        }
        Path out = dir.resolve("merged.csv");
        Merge.merge(out, parts);
        assertThat(ResultCsv.readSummaries(out, Column.values())).extracting(r -> r.cell().key())
                .containsExactlyInAnyOrderElementsOf(cells.stream().map(Cell::key).toList());
        assertThat(ResultCsv.readRepetitions(ResultSink.rawFileOf(out), Column.values())).hasSize(14);
    }

    @Test
    void overlappingOrForeignInputsAreRejected() {
        List<Cell> cells = SweepRunnerTest.smokeCells();
        Path a = shard(cells, new Shard(1, 2), "smoke");
        Path other = shard(cells, new Shard(2, 2), "quick");
        assertThatThrownBy(() -> Merge.merge(dir.resolve("m.csv"), List.of(a, a)))
                .isInstanceOf(InvalidResultsException.class).hasMessageContaining("is also in");
        assertThatThrownBy(() -> Merge.merge(dir.resolve("m.csv"), List.of(a, other)))
                .isInstanceOf(InvalidResultsException.class).hasMessageContaining("profile 'quick' differs from 'smoke'");
        assertThatThrownBy(() -> Merge.merge(a, List.of(a)))
                .isInstanceOf(InvalidResultsException.class).hasMessageContaining("cannot also be an input");
        assertThatThrownBy(() -> Merge.merge(dir.resolve("m.csv"), List.of(dir.resolve("none.csv"))))
                .isInstanceOf(InvalidResultsException.class).hasMessageContaining("no such file");
    }
}
