package dev.alphabench.cli;

import dev.alphabench.backend.Backends;
import dev.alphabench.backend.Environment;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.sweep.Overhead;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "overhead", description = {"Benchmark the harness itself: the Trainer's samples/s for one cell",
        "versus a bare DL4J fit loop over the same network and data, interleaved (AB, BA, ...), medians."})
public final class OverheadCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "timestep-window", description = "Scenario id. Default: ${DEFAULT-VALUE}.")
    String scenarioId;

    @Option(names = "--epochs", defaultValue = "100", description = "Epochs per measurement. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--batch-size", description = "Batch size. Default: the scenario's.")
    Integer batchSize;

    @Option(names = "--rounds", defaultValue = "6", description = "A/B rounds. Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Option(names = "--warmup", defaultValue = "50", description = "Warm-up fit calls on each side. Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--seed", defaultValue = "1", description = "Seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Override
    public Integer call() {
        Scenario s = Scenarios.find(scenarioId).orElseThrow(() -> new BadInputException(
                "unknown scenario '" + scenarioId + "' (valid: " + Scenarios.ids() + ")"));
        if (epochs <= 0 || rounds <= 0 || warmup < 0) {
            throw new BadInputException("--epochs and --rounds must be positive, --warmup zero or positive");
        }
        s = s.withEpochs(epochs);
        if (batchSize != null) {
            s = s.withBatchSize(batchSize);
        }
        if (s.problem() != null) {
            throw new BadInputException(s.problem());
        }
        Environment env = Backends.initialise();
        System.out.printf(Locale.ROOT, "overhead: %s batch %d, %d epochs, %d rounds; %s (%s), %d threads, %s%n",
                s.id(), s.batchSize(), s.epochs(), rounds, env.backend(), env.blas(), env.threads(), env.cpuModel());
        int[] n = {0};
        Overhead.Summary sum = Overhead.run(s, seed, warmup, rounds, r -> System.out.printf(Locale.ROOT,
                "round %d (%s): harness %.1f samples/s, bare %.1f samples/s, ratio %.4f%n",
                ++n[0], n[0] % 2 == 1 ? "harness first" : "bare first", r.harness(), r.bare(), r.ratio()));
        System.out.printf(Locale.ROOT, "median harness %.1f samples/s, median bare %.1f samples/s, ratio of medians %.4f (%+.2f%%), "
                + "median paired ratio %.4f%n", sum.harness(), sum.bare(), sum.ratio(), 100 * (sum.ratio() - 1), sum.medianPairedRatio());
        return ExitCode.OK;
    }
}
