package dev.alphabench.train;

import dev.alphabench.scenario.Scenario;
import dev.alphabench.settings.Settings;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Random;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Everything a {@link Trainer.Session} needs to continue in another JVM exactly where it stopped at an
 * epoch boundary: the parameters and the updater's state (Adam's moments) bit for bit, the network's
 * iteration and epoch counts (Adam's bias correction reads the iteration), the shuffling generator's
 * state, and the session's counters. {@code cell} names the scenario and seed it belongs to, so a
 * checkpoint of another cell is refused.
 */
record Checkpoint(String cell, int evalEvery, int epoch, long trainNanos, long cpuNanos, double initialLoss,
                  double secondsToTarget, int epochsToTarget, int iterationCount, int epochCount,
                  byte[] shuffle, INDArray params, INDArray updaterState) {
    private static final int FORMAT = 1;

    static Checkpoint of(String cell, int evalEvery, int epoch, long trainNanos, long cpuNanos, double initialLoss,
                         double secondsToTarget, int epochsToTarget, Random shuffle, MultiLayerNetwork net) {
        INDArray updater = net.getUpdater() == null ? null : net.getUpdater().getStateViewArray();
        return new Checkpoint(cell, evalEvery, epoch, trainNanos, cpuNanos, initialLoss, secondsToTarget, epochsToTarget,
                net.getIterationCount(), net.getEpochCount(), save(shuffle), net.params(), updater);
    }

    /** What a checkpoint must match: the cell's scenario, seed and LSTM implementation. */
    static String cell(Scenario s, long seed, Settings settings) {
        return s + " seed=" + seed + " lstm=" + s.kind().lstmImpl(settings);
    }

    /** This checkpoint, after checking it is of the cell being resumed; else one line saying whose it is. */
    Checkpoint of(Scenario s, long seed, int evalEvery, Settings settings, Path file) {
        String expected = cell(s, seed, settings);
        if (!cell.equals(expected) || this.evalEvery != evalEvery) {
            throw new IllegalStateException("checkpoint " + file + " is of " + cell + " (accuracy checked every "
                    + this.evalEvery + " epochs), not of " + expected + " (every " + evalEvery + ")");
        }
        return this;
    }

    /** Puts parameters, updater state and counters into a freshly built network of the same cell. */
    void restoreInto(MultiLayerNetwork net) {
        net.setParams(params);
        if (updaterState != null) {
            net.getUpdater().getStateViewArray().assign(updaterState);
        }
        net.setIterationCount(iterationCount);
        net.setEpochCount(epochCount);
    }

    /** Writes this checkpoint to {@code file} through a temporary file beside it: a kill mid-write leaves the old one. */
    void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = temporary(file); // one name: a write killed half-way is overwritten by the next
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(FORMAT);
                out.writeUTF(cell);
                out.writeInt(evalEvery);
                out.writeInt(epoch);
                out.writeLong(trainNanos);
                out.writeLong(cpuNanos);
                out.writeDouble(initialLoss);
                out.writeDouble(secondsToTarget);
                out.writeInt(epochsToTarget);
                out.writeInt(iterationCount);
                out.writeInt(epochCount);
                out.writeInt(shuffle.length);
                out.write(shuffle);
                out.writeBoolean(updaterState != null);
                Nd4j.write(params, out);
                if (updaterState != null) {
                    Nd4j.write(updaterState, out);
                }
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /** Where {@link #write} puts the file before moving it in place. */
    static Path temporary(Path file) {
        return file.resolveSibling(file.getFileName() + ".tmp");
    }

    static Checkpoint read(Path file) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int format = in.readInt();
            if (format != FORMAT) {
                throw new IllegalStateException("checkpoint " + file + " has format " + format + ", expected " + FORMAT);
            }
            String cell = in.readUTF();
            int evalEvery = in.readInt();
            int epoch = in.readInt();
            long trainNanos = in.readLong();
            long cpuNanos = in.readLong();
            double initialLoss = in.readDouble();
            double secondsToTarget = in.readDouble();
            int epochsToTarget = in.readInt();
            int iterationCount = in.readInt();
            int epochCount = in.readInt();
            byte[] shuffle = in.readNBytes(in.readInt());
            boolean hasUpdater = in.readBoolean();
            INDArray params = Nd4j.read(in);
            INDArray updater = hasUpdater ? Nd4j.read(in) : null;
            return new Checkpoint(cell, evalEvery, epoch, trainNanos, cpuNanos, initialLoss, secondsToTarget,
                    epochsToTarget, iterationCount, epochCount, shuffle, params, updater);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoint " + file + ": " + e.getMessage(), e);
        }
    }

    /** java.util.Random serialises its full state (seed and cached Gaussian): the same draws follow. */
    static byte[] save(Random random) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(random);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Random restore(byte[] state) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(state))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter("java.util.Random;!*"));
            return (Random) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("checkpoint holds no shuffling state: " + e.getMessage(), e);
        }
    }
}
