package dev.alphabench.sweep;

import dev.alphabench.backend.Environment;
import dev.alphabench.report.RunContext;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.train.TrainResult;
import dev.alphabench.train.Trainer;
import java.time.Instant;
import java.util.function.Predicate;

/** Stand-ins that let sweep tests run without DL4J: a fixed environment and a trainer that only counts. */
final class Fakes {
    static final Environment ENV = new Environment("cpu", "CPU", "openblas", "avx512", "Test CPU", "Test CPU", 2,
            "1.0.0-M2.1", "17 (test)", "abc123", "", "", 0, "test-settings");

    private Fakes() {
    }

    static RunContext context(String runId, String profile) {
        return new RunContext(runId, Instant.parse("2026-11-28T12:00:00Z"), profile, "test", ENV);
    }

    /** A "training" that takes no time: 1000 samples/s, accuracy 0.5; throws for scenarios matching {@code fail}. */
    static SweepRunner.CellTrainer trainer(Predicate<Scenario> fail) {
        return (Scenario s, Trainer.Options o) -> {
            if (fail.test(s)) {
                throw new IllegalStateException("injected failure in " + s.id());
            }
            if (o.onEpoch() != null) {
                for (int e = 1; e <= s.epochs(); e++) {
                    o.onEpoch().accept(e);
                }
            }
            long samples = (long) s.samples() * s.epochs();
            return new TrainResult(s, o.seed(), s.samples(), (long) s.epochs() * s.samples(), samples * 1_000_000L,
                    o.warmupIterations(), 1_000_000L, 3.2, 1.5 + o.seed() / 100.0, 0.5, Double.NaN, -1, "", null, -1,
                    samples * 900_000L); // the training thread on a CPU 90% of the timed loop
        };
    }
}
