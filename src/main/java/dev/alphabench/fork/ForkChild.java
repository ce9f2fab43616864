package dev.alphabench.fork;

import dev.alphabench.backend.Backends;
import dev.alphabench.backend.Environment;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.RunContext;
import dev.alphabench.settings.Settings;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.SweepRunner;
import dev.alphabench.train.Segments;
import dev.alphabench.train.Trainer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The child JVM of {@link ForkedCells}: runs the repetitions a {@link ForkRequest} names and writes their rows. */
public final class ForkChild {
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;
    /** The exit code of a child whose segment ended with a checkpoint: the parent starts the next one (EX_TEMPFAIL). */
    public static final int SEGMENT_ENDED = 75;

    private ForkChild() {
    }

    public static void main(String[] args) {
        // a parent killed with SIGKILL cannot kill its children: they notice and stop
        ProcessHandle.current().parent().ifPresent(p -> p.onExit().thenRun(() -> Runtime.getRuntime().halt(143)));
        ForkRequest request = ForkRequest.read(Path.of(args[0]));
        Settings settings = request.settings(); // the parent's, so both stamp the same settings
        Environment env = Backends.initialise(settings);
        RunContext ctx = new RunContext(request.runId(), Instant.parse(request.started()), request.profile(),
                request.source(), env);
        Trainer trainer = new Trainer(settings);
        SweepRunner.CellTrainer train = (scenario, options) -> {
            int rep = (int) (options.seed() - request.cell().firstSeed());
            TestFault.fire(settings.testFault(), rep);
            Segments segments = request.segments() == null ? Segments.NONE : request.segments().forRepetition(request.cell(), rep);
            // a segment that ends leaves its checkpoint; the rows of the repetitions before are written already
            return trainer.train(scenario, options, segments).orElseGet(() -> exit(SEGMENT_ENDED));
        };
        Path rowsFile = Path.of(request.rows());
        ProgressFile progress = new ProgressFile(Path.of(request.progress()), settings.testFault());
        List<Repetition> rows = new ArrayList<>();
        for (int rep = request.from(); rep < request.to(); rep++) {
            rows.add(ForkedCells.withMode(SweepRunner.repetition(train, ctx, request.cell(), rep, progress), request.forks()));
            ResultCsv.write(rowsFile, rows);
        }
        System.exit(0);
    }

    private static <T> T exit(int code) {
        System.exit(code);
        throw new IllegalStateException("unreachable");
    }

    /** Writes "repetition epoch" at most twice a second; the parent polls it for its progress display. */
    private static final class ProgressFile implements SweepRunner.Listener {
        private final Path file;
        private final String fault;
        private long last = System.nanoTime() - PROGRESS_EVERY_NANOS;

        ProgressFile(Path file, String fault) {
            this.file = file;
            this.fault = fault;
        }

        @Override
        public void epochDone(Cell cell, int repetition, int epoch) {
            TestFault.fireAfterEpoch(fault, repetition, epoch);
            long now = System.nanoTime();
            if (now - last >= PROGRESS_EVERY_NANOS) {
                last = now;
                try {
                    Files.writeString(file, String.format(Locale.ROOT, "%d %d%n", repetition, epoch));
                } catch (IOException e) {
                    // progress display only
                }
            }
        }
    }
}
