package dev.alphabench.overhead;

import dev.alphabench.scenario.Scenario;
import dev.alphabench.settings.Settings;
import dev.alphabench.train.Trainer;

/**
 * The harness side and the bare side of one cell. The harness side is a {@link Trainer.Session} (the loop
 * {@code Trainer.train} runs, time-to-target checks every {@code evalEvery} epochs included);
 * its block time is the sum of the epoch times it reports. The bare side is a second network
 * from the same {@code NetworkFactory} configuration and seed, on the same examples.
 */
public final class Sides {
    private final Trainer.Session session;
    private final BareLoop bare;
    private final int blockEpochs;

    public Sides(Scenario s, long seed, int blockEpochs, int blocksPerSide, int evalEvery, Settings settings) {
        this.blockEpochs = blockEpochs;
        this.session = Trainer.Session.start(s.withEpochs(blockEpochs * blocksPerSide), seed, evalEvery, settings);
        this.bare = new BareLoop(s, seed, blockEpochs, settings);
    }

    public Overhead.Side harness() {
        return () -> {
            long nanos = 0;
            long cpu = session.cpuNanos();
            for (int e = 0; e < blockEpochs; e++) {
                nanos += session.nextEpoch();
            }
            return new Overhead.Block(nanos, session.cpuNanos() - cpu);
        };
    }

    public Overhead.Side bare() {
        return bare;
    }

    public long samplesPerBlock() {
        return (long) session.prepared().data().samplesPerEpoch() * blockEpochs;
    }

    public Trainer.Session session() {
        return session;
    }

    /** Largest absolute difference between the two networks' parameters (0: they did identical work). */
    public double parameterDifference() {
        return session.prepared().net().params().sub(bare.net.params()).amaxNumber().doubleValue();
    }
}
