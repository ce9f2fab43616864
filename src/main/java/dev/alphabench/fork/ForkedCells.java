package dev.alphabench.fork;

import dev.alphabench.report.Column;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.ResultFactory;
import dev.alphabench.report.RunContext;
import dev.alphabench.settings.Settings;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.Durations;
import dev.alphabench.sweep.SweepRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs each cell in fresh child JVMs ({@link ForkChild}), as JMH runs forks: the repetitions of a
 * cell are spread over {@code forks} children (one child runs them all by default), each started
 * with this JVM's classpath and JVM arguments, and handed this run's {@link Settings}. A child that dies or passes the cell's time limit
 * (SIGKILL, native crash, out of memory, hang) fails the repetition it was in, and the ones it had
 * still to run; the rows it wrote before stay. Its log is kept for failed cells; a crash report goes
 * where the JVM puts it (hs_err_pid*.log in the working directory, or -XX:ErrorFile) and is named in the row.
 */
public final class ForkedCells implements SweepRunner.CellRunner {
    private final RunContext context;
    private final Settings settings;
    private final int forks;
    private final Duration cellLimit;
    private final List<String> jvmArgs;
    private final Path workDir;
    private final SegmentPlan segments;

    /**
     * @param settings     this run's settings: the children train and stamp with them
     * @param extraJvmArgs after the inherited ones (so they win), e.g. a heap limit
     * @param workDir      where requests, rows and logs of children go
     */
    public ForkedCells(RunContext context, Settings settings, int forks, Duration cellLimit, List<String> extraJvmArgs,
                       Path workDir) {
        this(context, settings, forks, cellLimit, extraJvmArgs, workDir, null);
    }

    /**
     * With {@code segments}, a long repetition runs in one child per segment, each continuing the
     * checkpoint the one before left; a checkpoint is deleted once its repetition's row is here, and
     * stays when its child died, for {@code run --resume} to continue. Null: no segments.
     */
    public ForkedCells(RunContext context, Settings settings, int forks, Duration cellLimit, List<String> extraJvmArgs,
                       Path workDir, SegmentPlan segments) {
        if (forks < 1) {
            throw new IllegalArgumentException("forks must be at least 1 (0 runs in this JVM)");
        }
        this.context = context;
        this.settings = settings;
        this.forks = forks;
        this.cellLimit = cellLimit;
        this.workDir = workDir;
        this.segments = segments;
        List<String> args = new ArrayList<>(JvmLauncher.inheritedJvmArgs(a -> false));
        args.add("-XX:+ExitOnOutOfMemoryError"); // a JVM out of heap ends as a failed cell, not half-alive
        args.addAll(extraJvmArgs);
        this.jvmArgs = List.copyOf(args);
    }

    @Override
    public List<Repetition> run(Cell cell, SweepRunner.Listener listener) {
        int n = Math.min(forks, cell.repetitions());
        long deadline = System.nanoTime() + cellLimit.toNanos();
        List<Repetition> rows = new ArrayList<>();
        String failure = null;
        for (int f = 0; f < n; f++) {
            int from = f * cell.repetitions() / n;
            int to = (f + 1) * cell.repetitions() / n;
            if (failure != null) {
                failed(rows, cell, from, to, failure);
                continue;
            }
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (left.isNegative() || left.isZero()) {
                failure = "not run: the cell passed its time limit of " + Durations.format(cellLimit);
                failed(rows, cell, from, to, failure);
                continue;
            }
            int next = from;
            ChildExit exit = null;
            Path log = null;
            do { // one child, or one per segment while children end theirs
                Duration remaining = Duration.ofNanos(deadline - System.nanoTime());
                if (remaining.isNegative() || remaining.isZero()) {
                    break; // only after a segment ended: the first child was checked above
                }
                log = newLog();
                String prefix = log.getFileName().toString().replaceFirst("\\.log$", "");
                Path request = workDir.resolve(prefix + ".json");
                Path rowsFile = workDir.resolve(prefix + "-rows.csv");
                Path progress = workDir.resolve(prefix + ".progress");
                new ForkRequest(cell, next, to, settings, forks, context.runId(), DateTimeFormatter.ISO_INSTANT.format(context.started()),
                        context.profile(), context.source(), rowsFile.toString(), progress.toString(), segments).write(request);
                exit = JvmLauncher.run(new JvmLauncher.Launch(jvmArgs, Map.of(), k -> false,
                        ForkChild.class.getName(), List.of(request.toString()), log, remaining),
                        () -> reportProgress(progress, cell, listener));
                List<Repetition> got = readRows(rowsFile);
                rows.addAll(got);
                deleteCheckpoints(cell, next, next + got.size()); // their rows are here: nothing to continue
                next += got.size();
                deleteAll(request, rowsFile, progress);
                if (next == to || exit.exitCode() == ForkChild.SEGMENT_ENDED) {
                    deleteAll(log);
                }
            } while (exit.exitCode() == ForkChild.SEGMENT_ENDED && next < to);
            if (next < to) {
                if (exit == null || exit.exitCode() == ForkChild.SEGMENT_ENDED) {
                    failure = "the cell passed its time limit of " + Durations.format(cellLimit) + " between two segments";
                } else {
                    failure = exit.ok() ? "child JVM ended without a row for repetition " + next
                            : (exit.timedOut() ? exit.withLimit(cellLimit) : exit).describe();
                    failure += " (log: " + log + ")";
                }
                failed(rows, cell, next, next + 1, failure);
                failed(rows, cell, next + 1, to, "not run: " + failure);
                failure = "not run: " + failure;
            }
        }
        return rows;
    }

    private void deleteCheckpoints(Cell cell, int from, int to) {
        if (segments != null) {
            for (int rep = from; rep < to; rep++) {
                Path file = segments.file(cell, rep);
                deleteAll(file, file.resolveSibling(file.getFileName() + ".tmp")); // and a write a kill cut short
            }
        }
    }

    private void failed(List<Repetition> rows, Cell cell, int from, int to, String message) {
        for (int rep = from; rep < to; rep++) {
            rows.add(withMode(ResultFactory.failed(context, cell.scenario(), cell.seed(rep), rep, cell.repetitions(),
                    new ForkFailed(message)), forks));
        }
    }

    /** The settings column of a row measured in child JVMs: the run's settings, then {@code forks=N}. */
    public static String withMode(String settings, int forks) {
        return (settings + " forks=" + forks).trim();
    }

    /** A repetition as measured in child JVMs: its settings end with the mode. */
    static Repetition withMode(Repetition r, int forks) {
        return new Repetition(r.stamp().with(Column.SETTINGS, withMode(r.stamp().get(Column.SETTINGS), forks)), r.cell(),
                r.seed(), r.repetition(), r.measures(), r.generation(), r.status(), r.error());
    }

    /** A fresh name: a resumed run reuses the directory, and the logs of its failed cells stay. */
    private Path newLog() {
        try {
            Files.createDirectories(workDir);
            return Files.createTempFile(workDir, "child-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a child log in " + workDir + ": " + e.getMessage(), e);
        }
    }

    private static List<Repetition> readRows(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return ResultCsv.readRepetitions(file, Column.STATUS, Column.REPETITION);
        } catch (InvalidResultsException e) {
            return List.of();
        }
    }

    private static void reportProgress(Path progress, Cell cell, SweepRunner.Listener listener) {
        try {
            String[] parts = Files.readString(progress).trim().split(" ");
            if (parts.length == 2) {
                listener.epochDone(cell, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (IOException | NumberFormatException e) {
            // not written yet, or caught mid-write: the next poll reads it
        }
    }

    private static void deleteAll(Path... files) {
        for (Path f : files) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Why a repetition has no row of its own: the message is what the child's exit said. */
    static final class ForkFailed extends RuntimeException {
        ForkFailed(String message) {
            super(message, null, false, false);
        }
    }
}
