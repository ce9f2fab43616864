package dev.alphabench.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A scenario's examples as DL4J tensors in NCW order, as its kind encodes them: one row per example
 * (features [samples, features, time steps], labels one-hot [samples, 26], an optional mask
 * [samples, time steps]) served in minibatches, or one sequence fitted whole each epoch.
 */
public final class TrainingData {
    private final List<Sequences.Example> examples;
    private final List<DataSet> perExample;
    private final DataSet all;
    private final int batchSize;
    private final boolean shuffle;
    private List<DataSet> unshuffled;

    private TrainingData(List<Sequences.Example> examples, List<DataSet> perExample, DataSet all, int batchSize,
            boolean shuffle, List<DataSet> unshuffled) {
        this.examples = examples;
        this.perExample = perExample;
        this.all = all;
        this.batchSize = batchSize;
        this.shuffle = shuffle;
        this.unshuffled = unshuffled;
    }

    /** Examples encoded one row each (batches of one), served {@code batchSize} rows per fit call. */
    public static TrainingData minibatches(List<Sequences.Example> examples, List<DataSet> rows, int batchSize,
            boolean shuffle) {
        return new TrainingData(examples, rows, concat(rows), batchSize, shuffle, null);
    }

    /** Examples encoded as the steps of one sequence, fitted whole every epoch. */
    public static TrainingData sequence(List<Sequences.Example> examples, DataSet sequence) {
        return new TrainingData(examples, List.of(), sequence, 1, false, List.of(sequence));
    }

    private static DataSet concat(List<DataSet> rows) {
        INDArray[] xs = new INDArray[rows.size()];
        INDArray[] ys = new INDArray[rows.size()];
        INDArray[] ms = new INDArray[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            xs[i] = rows.get(i).getFeatures();
            ys[i] = rows.get(i).getLabels();
            ms[i] = rows.get(i).getFeaturesMaskArray();
        }
        return ms[0] != null
                ? new DataSet(Nd4j.concat(0, xs), Nd4j.concat(0, ys), Nd4j.concat(0, ms), null)
                : new DataSet(Nd4j.concat(0, xs), Nd4j.concat(0, ys));
    }

    /**
     * The fit calls of one epoch, in training order. Shuffling draws from {@code random}, so a
     * seeded generator gives the same order on every run.
     */
    public List<DataSet> epoch(Random random) {
        if (!shuffle && unshuffled != null) {
            return unshuffled;
        }
        List<Integer> order = new ArrayList<>(perExample.size());
        for (int i = 0; i < perExample.size(); i++) {
            order.add(i);
        }
        if (shuffle) {
            Collections.shuffle(order, random);
        }
        List<DataSet> batches = new ArrayList<>((order.size() + batchSize - 1) / batchSize);
        for (int from = 0; from < order.size(); from += batchSize) {
            List<Integer> idx = order.subList(from, Math.min(order.size(), from + batchSize));
            if (idx.size() == 1) {
                batches.add(perExample.get(idx.get(0)));
            } else {
                List<DataSet> rows = new ArrayList<>(idx.size());
                idx.forEach(i -> rows.add(perExample.get(i)));
                batches.add(concat(rows));
            }
        }
        if (!shuffle) {
            unshuffled = List.copyOf(batches);
        }
        return batches;
    }

    /** All samples in one data set (a sequence kind: the single sequence). */
    public DataSet all() {
        return all;
    }

    public List<Sequences.Example> examples() {
        return examples;
    }

    public int samplesPerEpoch() {
        return examples.size();
    }

    /** The class index each sample should predict, in the order of {@link #all()}. */
    public int[] targets() {
        return examples.stream().mapToInt(Sequences.Example::target).toArray();
    }
}
