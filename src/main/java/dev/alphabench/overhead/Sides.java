package dev.alphabench.overhead;

import dev.alphabench.backend.PointerGc;
import dev.alphabench.data.Sequences;
import dev.alphabench.data.TrainingData;
import dev.alphabench.measure.CpuShare;
import dev.alphabench.model.NetworkFactory;
import dev.alphabench.scenario.Kind.Stateful;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.settings.Settings;
import dev.alphabench.train.Trainer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The harness side and the bare side of one cell. The harness side is a {@link Trainer.Session} (the loop
 * {@code Trainer.train} runs, time-to-target checks every {@code evalEvery} epochs included);
 * its block time is the sum of the epoch times it reports. The bare side is a second network
 * from the same {@link NetworkFactory} configuration and seed, on the same examples.
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

    /**
     * What a DL4J user writes: per epoch, shuffle the list of example DataSets with a seeded Random
     * and fit them one minibatch at a time ({@code DataSet.merge} for batches above 1); one clock
     * around all fit calls of the block, and one {@code commit()} before it stops. The block's
     * minibatch list is built before the clock starts, as the harness builds each epoch's. The
     * thread's CPU clock is read just outside the wall clock, as {@link Trainer.Session} does.
     */
    static final class BareLoop implements Overhead.Side {
        final MultiLayerNetwork net;
        private final Scenario scenario;
        private final List<DataSet> examples;
        private final DataSet all;
        private final Random random;
        private final int blockEpochs;

        BareLoop(Scenario s, long seed, int blockEpochs, Settings settings) {
            TrainingData data = s.data(seed);
            this.scenario = s;
            this.blockEpochs = blockEpochs;
            this.all = data.all();
            this.examples = new ArrayList<>();
            if (!(s.kind() instanceof Stateful)) {
                for (Sequences.Example e : data.examples()) {
                    examples.add(s.layout().encode(e, s.window()));
                }
            }
            this.random = new Random(seed);
            Nd4j.getRandom().setSeed(seed);
            this.net = s.network(seed, settings);
        }

        List<DataSet> nextBlock() {
            List<DataSet> fits = new ArrayList<>();
            for (int e = 0; e < blockEpochs; e++) {
                if (scenario.kind() instanceof Stateful) {
                    fits.add(all);
                    continue;
                }
                List<DataSet> order = new ArrayList<>(examples);
                if (scenario.shuffle()) {
                    Collections.shuffle(order, random);
                }
                for (int from = 0; from < order.size(); from += scenario.batchSize()) {
                    List<DataSet> part = order.subList(from, Math.min(order.size(), from + scenario.batchSize()));
                    fits.add(part.size() == 1 ? part.get(0) : DataSet.merge(part));
                }
            }
            return fits;
        }

        @Override
        public Overhead.Block block() {
            List<DataSet> fits = nextBlock();
            long cpu = CpuShare.threadNanos();
            long start = System.nanoTime();
            for (DataSet d : fits) {
                // the bare loop frees JavaCPP's pointers the same way the harness does (backend/PointerGc)
                PointerGc.run(() -> net.fit(d));
            }
            Nd4j.getExecutioner().commit();
            long nanos = System.nanoTime() - start;
            return new Overhead.Block(nanos, CpuShare.threadNanos() - cpu);
        }
    }
}
