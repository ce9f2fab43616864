package dev.alphabench.fork;

import dev.alphabench.backend.Backends;
import dev.alphabench.backend.Environment;
import dev.alphabench.report.Repetition;
import dev.alphabench.report.ResultCsv;
import dev.alphabench.report.RunContext;
import dev.alphabench.settings.Settings;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.SweepRunner;
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
            TestFault.fire(settings.testFault(), options.seed() - request.cell().firstSeed());
            return trainer.train(scenario, options);
        };
        Path rowsFile = Path.of(request.rows());
        ProgressFile progress = new ProgressFile(Path.of(request.progress()));
        List<Repetition> rows = new ArrayList<>();
        for (int rep = request.from(); rep < request.to(); rep++) {
            rows.add(ForkedCells.withMode(SweepRunner.repetition(train, ctx, request.cell(), rep, progress), request.forks()));
            ResultCsv.write(rowsFile, rows);
        }
        System.exit(0);
    }

    /** Writes "repetition epoch" at most twice a second; the parent polls it for its progress display. */
    private static final class ProgressFile implements SweepRunner.Listener {
        private final Path file;
        private long last = System.nanoTime() - PROGRESS_EVERY_NANOS;

        ProgressFile(Path file) {
            this.file = file;
        }

        @Override
        public void epochDone(Cell cell, int repetition, int epoch) {
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
