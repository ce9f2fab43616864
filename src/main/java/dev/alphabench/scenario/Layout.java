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

    public int timeSteps(int window) {
        return this == FEATURES ? 1 : window;
    }

    public int features(int window) {
        return this == FEATURES ? window : 1;
    }

    /** One example as a batch of one in NCW order, inputs pre-padded with zeros to {@code window} letters. */
    public DataSet encode(Sequences.Example e, int window) {
        int steps = timeSteps(window);
        int pad = window - e.input().length;
        INDArray x = Nd4j.zeros(DataType.FLOAT, 1, features(window), steps);
        for (int i = 0; i < e.input().length; i++) {
            long[] at = this == FEATURES ? new long[] {0, pad + i, 0} : new long[] {0, 0, pad + i};
            x.putScalar(at, Alphabet.normalise(e.input()[i]));
        }
        INDArray y = Nd4j.zeros(DataType.FLOAT, 1, Alphabet.SIZE);
        y.putScalar(new long[] {0, e.target()}, 1f);
        if (this != MASKED) {
            return new DataSet(x, y);
        }
        INDArray mask = Nd4j.zeros(DataType.FLOAT, 1, steps);
        for (int t = pad; t < steps; t++) {
            mask.putScalar(new long[] {0, t}, 1f);
        }
        return new DataSet(x, y, mask, null);
    }
}
