package dev.alphabench.data;

import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A scenario's examples as DL4J tensors in NCW order: features [samples, features, time steps],
 * labels one-hot [samples, 26], an optional mask [samples, time steps]. Stateful scenarios hold a
 * single sequence: features [1, 1, 25], labels [1, 26, 25].
 */
public final class TrainingData {
    private final Scenario scenario;
    private final List<Sequences.Example> examples;
    private final List<DataSet> perExample;
    private final DataSet all;
    private List<DataSet> unshuffled;

    private TrainingData(Scenario scenario, List<Sequences.Example> examples, List<DataSet> perExample, DataSet all) {
        this.scenario = scenario;
        this.examples = examples;
        this.perExample = perExample;
        this.all = all;
    }

    /** Builds the data set of a scenario; the seed only matters for variable-length sequences. */
    public static TrainingData of(Scenario scenario, long seed) {
        List<Sequences.Example> examples = scenario.variableLength()
                ? Sequences.randomSubsequences(scenario.sequences(), scenario.window(), seed)
                : Sequences.windows(scenario.window());
        if (scenario.stateful()) {
            return new TrainingData(scenario, examples, List.of(), statefulSequence(examples));
        }
        List<DataSet> rows = new ArrayList<>(examples.size());
        for (Sequences.Example e : examples) {
            rows.add(encode(scenario, e));
        }
        return new TrainingData(scenario, examples, rows, concat(rows, scenario.layout() == Layout.MASKED));
    }

    /** Encodes one example as a batch of one, in the scenario's layout. */
    public static DataSet encode(Scenario scenario, Sequences.Example e) {
        int steps = scenario.timeSteps();
        int feats = scenario.features();
        int length = scenario.window();
        int pad = length - e.input().length;
        INDArray x = Nd4j.zeros(DataType.FLOAT, 1, feats, steps);
        for (int i = 0; i < e.input().length; i++) {
            int pos = pad + i;
            float v = Alphabet.normalise(e.input()[i]);
            if (scenario.layout() == Layout.FEATURES) {
                x.putScalar(new long[] {0, pos, 0}, v);
            } else {
                x.putScalar(new long[] {0, 0, pos}, v);
            }
        }
        INDArray y = Nd4j.zeros(DataType.FLOAT, 1, Alphabet.SIZE);
        y.putScalar(new long[] {0, e.target()}, 1f);
        if (scenario.layout() != Layout.MASKED) {
            return new DataSet(x, y);
        }
        INDArray mask = Nd4j.zeros(DataType.FLOAT, 1, steps);
        for (int t = pad; t < steps; t++) {
            mask.putScalar(new long[] {0, t}, 1f);
        }
        return new DataSet(x, y, mask, null);
    }

    private static DataSet statefulSequence(List<Sequences.Example> examples) {
        int n = examples.size();
        INDArray x = Nd4j.zeros(DataType.FLOAT, 1, 1, n);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 1, Alphabet.SIZE, n);
        for (int t = 0; t < n; t++) {
            x.putScalar(new long[] {0, 0, t}, Alphabet.normalise(examples.get(t).input()[0]));
            y.putScalar(new long[] {0, examples.get(t).target(), t}, 1f);
        }
        return new DataSet(x, y);
    }

    private static DataSet concat(List<DataSet> rows, boolean masked) {
        INDArray[] xs = new INDArray[rows.size()];
        INDArray[] ys = new INDArray[rows.size()];
        INDArray[] ms = new INDArray[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            xs[i] = rows.get(i).getFeatures();
            ys[i] = rows.get(i).getLabels();
            ms[i] = rows.get(i).getFeaturesMaskArray();
        }
        return masked
                ? new DataSet(Nd4j.concat(0, xs), Nd4j.concat(0, ys), Nd4j.concat(0, ms), null)
                : new DataSet(Nd4j.concat(0, xs), Nd4j.concat(0, ys));
    }

    /**
     * The minibatches of one epoch, in training order. Shuffling draws from {@code random}, so a
     * seeded generator gives the same order on every run. Stateful data is one sequence per epoch.
     */
    public List<DataSet> epoch(Random random) {
        if (scenario.stateful()) {
            return List.of(all);
        }
        if (!scenario.shuffle() && unshuffled != null) {
            return unshuffled;
        }
        List<Integer> order = new ArrayList<>(perExample.size());
        for (int i = 0; i < perExample.size(); i++) {
            order.add(i);
        }
        if (scenario.shuffle()) {
            Collections.shuffle(order, random);
        }
        int batch = scenario.batchSize();
        List<DataSet> batches = new ArrayList<>((order.size() + batch - 1) / batch);
        for (int from = 0; from < order.size(); from += batch) {
            List<Integer> idx = order.subList(from, Math.min(order.size(), from + batch));
            if (idx.size() == 1) {
                batches.add(perExample.get(idx.get(0)));
            } else {
                List<DataSet> rows = new ArrayList<>(idx.size());
                idx.forEach(i -> rows.add(perExample.get(i)));
                batches.add(concat(rows, scenario.layout() == Layout.MASKED));
            }
        }
        if (!scenario.shuffle()) {
            unshuffled = List.copyOf(batches);
        }
        return batches;
    }

    /** All samples in one data set (stateful: the single sequence). */
    public DataSet all() {
        return all;
    }

    public List<Sequences.Example> examples() {
        return examples;
    }

    public int samplesPerEpoch() {
        return examples.size();
    }

    /** Parameter updates per epoch: one per minibatch, or one per time step for stateful TBPTT. */
    public int iterationsPerEpoch() {
        if (scenario.stateful()) {
            return examples.size();
        }
        return (examples.size() + scenario.batchSize() - 1) / scenario.batchSize();
    }

    /** The class index each sample should predict, in the order of {@link #all()}. */
    public int[] targets() {
        return examples.stream().mapToInt(Sequences.Example::target).toArray();
    }
}
