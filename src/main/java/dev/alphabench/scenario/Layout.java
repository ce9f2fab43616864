package dev.alphabench.scenario;

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
}
