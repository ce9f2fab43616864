package dev.alphabench.cli;

import dev.alphabench.backend.Backends;
import dev.alphabench.backend.Environment;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.overhead.Overhead;
import dev.alphabench.overhead.Sides;
import dev.alphabench.train.Trainer;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "overhead", description = {"Benchmark the harness itself: in one JVM, blocks of epochs through the sweep's "
        + "epoch loop (Trainer.Session) alternate with blocks of a bare DL4J fit loop on a second network of the same "
        + "cell, ordered ABBA. Prints every pair, the median ratio harness/bare samples/s with a distribution-free "
        + "95%% confidence interval, and a verdict: 'within 2%%', 'not resolved' or 'harness slower' (exit 0 for all); "
        + "the same again in training-thread CPU time, which time taken by other processes does not reach."})
public final class OverheadCommand implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "timestep-window", description = "Scenario id. Default: ${DEFAULT-VALUE}.")
    Scenario scenario;

    @Option(names = "--batch-size", description = "Batch size. Default: the scenario's.")
    Integer batchSize;

    @Option(names = "--block-epochs", defaultValue = "5", description = "Epochs per block (each side). Default: ${DEFAULT-VALUE}.")
    int blockEpochs;

    @Option(names = "--pairs", defaultValue = "100", description = "Measured pairs (harness block + bare block), at least 6. Default: ${DEFAULT-VALUE}.")
    int pairs;

    @Option(names = "--warmup-pairs", defaultValue = "6", description = "Pairs run first and not counted. Default: ${DEFAULT-VALUE}.")
    int warmupPairs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of both networks and both shuffles. Default: ${DEFAULT-VALUE}.")
    long seed;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        var settings = main.settings();
        Scenario s = scenario;
        if (blockEpochs < 1 || pairs < 6 || warmupPairs < 0) {
            throw new BadInputException("--block-epochs must be positive, --pairs at least 6 (fewer give no 95% interval), "
                    + "--warmup-pairs zero or positive");
        }
        if (batchSize != null) {
            s = s.withBatchSize(batchSize);
        }
        if (s.problem() != null) {
            throw new BadInputException(s.problem());
        }
        Environment env = Backends.initialise(settings);
        // the harness checks accuracy as often as the sweep does for this cell (its own epoch budget)
        int evalEvery = Trainer.evalEvery(s, Trainer.Options.seed(seed));
        System.out.printf(Locale.ROOT, "overhead: %s batch %d, blocks of %d epochs, %d pairs after %d warm-up pairs (ABBA), "
                        + "accuracy check every %d epochs; %s (%s), %d threads, %s; load average %.2f%n",
                s.id(), s.batchSize(), blockEpochs, pairs, warmupPairs, evalEvery, env.backend(), env.blas(), env.threads(),
                env.cpuModel(), load());
        long start = System.nanoTime();
        Sides cell = new Sides(s, seed, blockEpochs, warmupPairs + pairs, evalEvery, settings);
        Overhead.Result sum = Overhead.measure(cell.harness(), cell.bare(), cell.samplesPerBlock(), warmupPairs, pairs,
                p -> System.out.printf(Locale.ROOT, "%s %3d %-12s harness %8.1f samples/s  bare %8.1f samples/s  ratio %.4f  cpu ratio %.4f%n",
                        p.warmup() ? "warm-up" : "pair   ", p.index() + 1, p.harnessFirst() ? "harness-bare" : "bare-harness",
                        p.harness(), p.bare(), p.ratio(), p.cpuRatio()));
        double difference = cell.parameterDifference();
        System.out.printf(Locale.ROOT, "median harness %.1f samples/s, median bare %.1f samples/s over %d pairs; %.0f s in all; "
                        + "load average %.2f; the two networks' parameters %s%n",
                sum.medianHarness(), sum.medianBare(), pairs, (System.nanoTime() - start) / 1e9, load(),
                difference == 0 ? "are identical (same work)" : String.format(Locale.ROOT, "differ by up to %.3g", difference));
        System.out.println(line("wall clock (what the sweep reports)", sum.ratio(), pairs));
        System.out.println(line("training-thread CPU time          ", sum.cpuRatio(), pairs));
        System.out.printf(Locale.ROOT, "verdict: %s (%s)%n", sum.outcome().text(), explain(sum.outcome(), sum.ratio()));
        System.out.printf(Locale.ROOT, "verdict in CPU time: %s (%s)%n", sum.cpuOutcome().text(), explain(sum.cpuOutcome(), sum.cpuRatio()));
        return ExitCode.OK;
    }

    static String line(String what, Overhead.Interval ci, int pairs) {
        return String.format(Locale.ROOT, "%s: median ratio harness/bare %.4f, %.0f%% CI [%.4f, %.4f] "
                        + "(order statistics %d and %d of %d, coverage %.1f%%)", what, ci.median(), 100 * Overhead.CONFIDENCE,
                ci.lower(), ci.upper(), ci.lowerRank(), ci.upperRank(), pairs, 100 * ci.coverage());
    }

    static String explain(Overhead.Outcome v, Overhead.Interval ci) {
        return switch (v) {
            case WITHIN -> String.format(Locale.ROOT, "lower bound %.4f >= %.2f: the harness is not measurably more than 2%% slower",
                    ci.lower(), Overhead.TARGET);
            case SLOWER -> String.format(Locale.ROOT, "upper bound %.4f < %.2f", ci.upper(), Overhead.TARGET);
            case NOT_RESOLVED -> String.format(Locale.ROOT, "the interval contains %.2f; more pairs or a quieter machine",
                    Overhead.TARGET);
        };
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
