package dev.alphabench.train;

import dev.alphabench.backend.GpuRuntime;
import dev.alphabench.scenario.Scenario;

/**
 * The outcome of one training run: what was timed, what was learned, whether it is valid.
 *
 * @param trainNanos      wall time of the fit loop only (no data preparation, no evaluation)
 * @param warmupNanos     wall time of the warm-up iterations on a throw-away network
 * @param secondsToTarget timed seconds until the accuracy target was first observed; NaN if never
 * @param epochsToTarget  epochs until the accuracy target was first observed; -1 if never
 * @param generation      stateful only: free-running generation from 'A' and from 'K'; else empty
 * @param problem         null when the run is valid, else why its numbers should not be trusted
 * @param deviceMemoryMb  GPU memory ND4J held at the end of training (MiB); -1 on CPU backends
 * @param trainCpuNanos   CPU time of the training thread over the same fit loop; negative when not measured
 */
public record TrainResult(
        Scenario scenario,
        long seed,
        int samplesPerEpoch,
        long iterations,
        long trainNanos,
        int warmupIterations,
        long warmupNanos,
        double initialLoss,
        double finalLoss,
        double accuracy,
        double secondsToTarget,
        int epochsToTarget,
        String generation,
        String problem,
        long deviceMemoryMb,
        long trainCpuNanos) {

    /** The result of a session trained to its budget: final loss, accuracy and generation evaluated outside the clock. */
    static TrainResult of(Trainer.Session run, Trainer.Options options, long warmupNanos) {
        Trainer.Prepared p = run.prepared();
        Scenario s = p.scenario();
        long deviceMemoryMb = GpuRuntime.deviceMemoryInUseMb(); // while the network is alive; outside the clock
        double finalLoss = Evaluator.loss(p.net(), p.data());
        double accuracy = Evaluator.accuracy(p.net(), p.data());
        String generation = s.kind().generation(p.net());
        long iterations = (long) s.iterationsPerEpoch() * s.epochs();
        return new TrainResult(s, options.seed(), p.data().samplesPerEpoch(), iterations, run.trainNanos(),
                options.warmupIterations(), warmupNanos, run.initialLoss(), finalLoss, accuracy,
                run.secondsToTarget(), run.epochsToTarget(), generation, Trainer.validate(run.initialLoss(), finalLoss),
                deviceMemoryMb, run.cpuNanos());
    }

    public long samples() {
        return (long) samplesPerEpoch * scenario.epochs();
    }

    public double trainSeconds() {
        return trainNanos / 1e9;
    }

    public double samplesPerSecond() {
        return samples() / trainSeconds();
    }

    /**
     * Share of the fit loop's wall time the training thread spent on a CPU (about 1 when it ran
     * undisturbed, less when it waited for a core); NaN when not measured. Throughput divided by
     * it is samples per CPU-second of the training thread, the figure the {@code thread-cpu} gate metric compares.
     */
    public double threadCpuShare() {
        return trainCpuNanos < 0 || trainNanos <= 0 ? Double.NaN : trainCpuNanos / (double) trainNanos;
    }

    public double msPerIteration() {
        return trainNanos / 1e6 / iterations;
    }

    public boolean reachedTarget() {
        return epochsToTarget >= 0;
    }
}
