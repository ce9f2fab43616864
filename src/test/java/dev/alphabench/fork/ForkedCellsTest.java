package dev.alphabench.fork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.backend.Environment;
import dev.alphabench.report.Column;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.Status;
import dev.alphabench.report.RunContext;
import dev.alphabench.settings.Settings;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.Expansion;
import dev.alphabench.sweep.ProfileLoader;
import dev.alphabench.sweep.ResultSink;
import dev.alphabench.sweep.SweepRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cells in real child JVMs that train with DL4J, and children that really die: SIGKILL, a native
 * crash, a hang past the cell's limit, Java heap and native memory exhausted (the test hook
 * {@code alphabench.test.fault}, which only children act on).
 */
class ForkedCellsTest {
    private static final Environment ENV = new Environment("cpu", "CPU", "openblas", "avx512", "Test CPU", "Test CPU", 1,
            "1.0.0-M2.1", "17 (test)", "abc123", "", "", 0, "parent-settings");
    private static final RunContext CONTEXT = new RunContext("fork-test", Instant.parse("2026-11-29T12:00:00Z"), "smoke", "test", ENV);

    @TempDir
    Path dir;

    /** one-char batch 1 (2 repetitions), then one-char full batch with one repetition. */
    private static List<Cell> cells() {
        List<Cell> smoke = Expansion.of(new ProfileLoader(Path.of("profiles")).load("smoke")).cells();
        Cell second = smoke.get(1);
        return List.of(smoke.get(0), new Cell(second.scenario(), second.firstSeed(), 1, second.warmupIterations()));
    }

    private record Sweep(List<CellSummary> summaries, List<Repetition> raws, int epochEvents) {
    }

    /** This JVM's settings, with a test fault for the children (null: none). */
    private static Settings settings(String fault) {
        Properties p = new Properties();
        p.putAll(System.getProperties());
        if (fault != null) {
            p.setProperty("alphabench.test.fault", fault);
        }
        return Settings.parse(p, System.getenv(), List.of());
    }

    private Sweep sweep(int forks, Duration limit, List<Cell> cells, String fault, String... childArgs) {
        ResultSink sink = new ResultSink(dir.resolve("run.csv"));
        AtomicInteger epochs = new AtomicInteger();
        SweepRunner.Listener listener = new SweepRunner.Listener() {
            @Override
            public void epochDone(Cell cell, int repetition, int epoch) {
                epochs.incrementAndGet();
            }
        };
        new SweepRunner(new ForkedCells(CONTEXT, settings(fault), forks, limit, List.of(childArgs), dir.resolve("forks")), sink, listener).run(cells);
        return new Sweep(ResultCsv.readSummaries(sink.summaryFile()), ResultCsv.readRepetitions(sink.rawFile()),
                epochs.get());
    }

    private List<String> leftInWorkDir() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("forks"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void childrenTrainTheRepetitionsAndTheirRowsAreStampedWithTheRunAndTheMode() throws IOException {
        Sweep s = sweep(2, Duration.ofMinutes(10), cells().subList(0, 1), null);
        assertThat(s.raws()).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isIn(Status.OK, Status.INVALID);
            assertThat(r.stamp().get(Column.RUN_ID)).isEqualTo("fork-test");
            assertThat(r.stamp().get(Column.PROFILE)).isEqualTo("smoke");
            assertThat(r.stamp().get(Column.SETTINGS)).endsWith(" forks=2").startsWith("OMP_NUM_THREADS=");
            assertThat(r.measures().samplesPerSec()).isPositive();
            assertThat(r.measures().warmupIterations()).isEqualTo(5.0);
        });
        assertThat(s.raws()).extracting(Repetition::repetition).containsExactly(0, 1);
        assertThat(s.raws()).extracting(Repetition::seed).containsExactly(1L, 2L);
        assertThat(s.summaries()).singleElement().satisfies(r -> assertThat(r.seeds()).isEqualTo("1;2"));
        assertThat(s.epochEvents()).isPositive();
        assertThat(leftInWorkDir()).isEmpty();
    }

    @Test
    void aChildKilledWithSigkillFailsItsCellKeepsEarlierRepetitionsAndTheSweepGoesOn() throws IOException {
        Sweep s = sweep(1, Duration.ofMinutes(10), cells(), "sigkill@1");
        assertThat(s.raws()).hasSize(3);
        assertThat(s.raws().get(0).status()).isIn(Status.OK, Status.INVALID);
        Repetition killed = s.raws().get(1);
        assertThat(killed.status()).isEqualTo(Status.FAILED);
        assertThat(killed.repetition()).isEqualTo(1);
        assertThat(killed.seed()).isEqualTo(2L);
        assertThat(killed.error()).contains("child JVM killed by SIGKILL (exit 137)", "(log: ");
        assertThat(killed.stamp().get(Column.SETTINGS)).isEqualTo("parent-settings forks=1");
        assertThat(s.summaries().get(0).status()).isEqualTo(Status.FAILED);
        assertThat(s.summaries().get(1).status()).isIn(Status.OK, Status.INVALID);
        assertThat(leftInWorkDir()).anyMatch(n -> n.endsWith(".log"));
    }

    @Test
    void aNativeCrashIsAFailedCellNamingItsSignalFrameAndReport() throws IOException {
        Sweep s = sweep(1, Duration.ofMinutes(10), cells().subList(1, 2), "crash",
                "-XX:ErrorFile=" + dir.resolve("forks").resolve("hs_err_pid%p.log"));
        assertThat(s.raws()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.FAILED);
            assertThat(r.error()).containsPattern("child JVM (killed by SIGABRT \\(exit 134\\)|exited with code 1)")
                    .contains("SIGSEGV", "Unsafe_PutLong", "hs_err_pid");
        });
        assertThat(leftInWorkDir()).anyMatch(n -> n.startsWith("hs_err_pid"));
    }

    @Test
    void aChildHangingPastTheCellLimitIsKilledAndTheRestOfTheCellIsNotRun() {
        long start = System.nanoTime();
        Sweep s = sweep(2, Duration.ofSeconds(30), cells().subList(0, 1), "hang");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(90));
        assertThat(s.raws()).hasSize(2).allSatisfy(r -> assertThat(r.status()).isEqualTo(Status.FAILED));
        assertThat(s.raws().get(0).error()).contains("child JVM passed the cell time limit of 30s and was killed");
        assertThat(s.raws().get(1).error()).contains("not run: child JVM passed the cell time limit");
        assertThat(ProcessHandle.current().descendants()).noneMatch(p -> p.info().commandLine().orElse("")
                .contains(ForkChild.class.getName()));
    }

    @Test
    void aJvmOutOfHeapIsAFailedCell() {
        Sweep s = sweep(1, Duration.ofMinutes(10), cells().subList(1, 2), "heap", "-Xmx160m");
        assertThat(s.raws()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.FAILED);
            assertThat(r.error()).contains("child JVM exited with code 3", "OutOfMemoryError", "Java heap space");
        });
    }

    @Test
    void nativeMemoryExhaustedThroughJavaCppFailsTheRepetitionInTheChild() {
        Sweep s = sweep(1, Duration.ofMinutes(10), cells().subList(0, 1),
                "native", "-Dorg.bytedeco.javacpp.maxBytes=512m");
        assertThat(s.raws()).hasSize(2);
        assertThat(s.raws().get(0).status()).isEqualTo(Status.FAILED);
        assertThat(s.raws().get(0).error()).contains("OutOfMemoryError", "Cannot allocate new BytePointer");
        assertThat(s.raws().get(0).stamp().get(Column.SETTINGS)).endsWith(" forks=1");
        assertThat(s.raws().get(1).status()).isIn(Status.OK, Status.INVALID);
    }
}
