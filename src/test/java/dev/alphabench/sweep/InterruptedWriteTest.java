package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Status;
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
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(summary) && System.nanoTime() < deadline && child.isAlive()) {
                Thread.sleep(20);
            }
            Thread.sleep(killAfterMillis[i]);
            assertThat(child.isAlive()).as("child still writing").isTrue();
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            List<CellSummary> rows = ResultCsv.readSummaries(summary, Column.values());
            List<Repetition> raws = ResultCsv.readRepetitions(ResultSink.rawFileOf(summary), Column.values());
            assertThat(rows).isNotEmpty().allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(Status.OK);
                assertThat(ResultCsv.text(r, Column.ERROR)).isEmpty();
                assertThat(r.measures().samplesPerSec()).isEqualTo(1000.0);
            });
            // raw rows are written before their summary: every summarised cell has its repetitions
            Set<String> rawKeys = raws.stream().map(r -> r.cell().key()).collect(Collectors.toSet());
            assertThat(rows).allSatisfy(r -> assertThat(rawKeys).contains(r.cell().key()));
            assertThat(raws.size()).isBetween(2 * rows.size(), 2 * rows.size() + 2);
        }
    }
}
