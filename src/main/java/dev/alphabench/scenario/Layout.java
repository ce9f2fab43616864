package dev.alphabench.scenario;

import dev.alphabench.data.Alphabet;
import dev.alphabench.data.Sequences;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** How a window of letters is presented to the LSTM. */
public enum Layout {
    /** n time steps x 1 feature (Keras: reshape(X, (samples, n, 1))). */
    TIME_STEPS,
    /** 1 time step x n features (Keras: reshape(X, (samples, 1, n))). */
    FEATURES,
    /** variable-length only: TIME_STEPS pre-padded to the maximum length, padding hidden by a DL4J mask array. */
    MASKED;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Layout parse(String text) {
        for (Layout l : values()) {
            if (l.id().equalsIgnoreCase(text.trim()) || l.name().equalsIgnoreCase(text.trim())) {
                return l;
            }
        }
        throw new IllegalArgumentException("unknown layout '" + text + "' (valid: time-steps, features, masked)");
    }

    /** One example as a batch of one in NCW order, inputs pre-padded with zeros to {@code window} letters. */
    public DataSet encode(Sequences.Example e, int window) {
        float[] x = new float[window]; // both layouts hold the window in this order: [1, 1, n] or [1, n, 1]
        float[] mask = new float[window];
        for (int i = 0, pad = window - e.input().length; i < e.input().length; i++) {
            x[pad + i] = Alphabet.normalise(e.input()[i]);
            mask[pad + i] = 1;
        }
        INDArray features = Nd4j.create(x, this == FEATURES ? new long[] {1, window, 1} : new long[] {1, 1, window}, 'c');
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 1, Alphabet.SIZE).putScalar(new long[] {0, e.target()}, 1f);
        return this == MASKED ? new DataSet(features, labels, Nd4j.create(mask, new long[] {1, window}, 'c'), null)
                : new DataSet(features, labels);
    }
}
