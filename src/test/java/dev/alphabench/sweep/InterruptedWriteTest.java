package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.Column;
import dev.alphabench.report.CsvResults;
import dev.alphabench.report.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a sweep process (SIGKILL, no shutdown hook) while it rewrites its CSVs, and reads what is left. */
class InterruptedWriteTest {
    @TempDir
    Path dir;

    @Test
    void aKilledSweepLeavesValidCsvsWithWholeRowsOnly() throws Exception {
        long[] killAfterMillis = {700, 1100, 1600};
        for (int i = 0; i < killAfterMillis.length; i++) {
            Path summary = dir.resolve("run" + i + ".csv");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(), summary.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child" + i + ".log").toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(summary) && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(killAfterMillis[i]);
            assertThat(child.isAlive()).as("child still writing").isTrue();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            List<Row> rows = CsvResults.read(summary, Column.values());
            List<Row> raws = CsvResults.read(ResultSink.rawFileOf(summary), Column.values());
            assertThat(rows).isNotEmpty().allSatisfy(r -> {
                assertThat(r.get(Column.STATUS)).isEqualTo("ok");
                assertThat(r.get(Column.ERROR)).isEmpty();
                assertThat(r.number(Column.SAMPLES_PER_SEC)).isEqualTo(1000.0);
            });
            // raw rows are written before their summary: every summarised cell has its repetitions
            Set<String> rawKeys = raws.stream().map(Row::cellKey).collect(Collectors.toSet());
            assertThat(rows).allSatisfy(r -> assertThat(rawKeys).contains(r.cellKey()));
            assertThat(raws.size()).isBetween(2 * rows.size(), 2 * rows.size() + 2);
        }
    }
}
