package dev.alphabench.scenario;

/**
 * One training setup of the alphabet-prediction tutorial, as data. A sweep cell is a tutorial
 * scenario with some of these values overridden through the {@code with*} methods.
 *
 * @param id               stable id used by the CLI and the CSV
 * @param window           letters per input; for variable-length, the maximum sequence length
 * @param layout           how the window is presented to the LSTM
 * @param hiddenUnits      LSTM units
 * @param epochs           passes over the data set
 * @param batchSize        samples per iteration (fit call)
 * @param shuffle          reshuffle the samples every epoch (seeded)
 * @param stateful         Keras stateful=True: state carried sample to sample, reset per epoch
 * @param sequences        variable-length only: number of random sub-sequences; 0 otherwise
 * @param accuracyTarget   accuracy (0..1) counted as "reached" for time-to-target
 * @param tutorialAccuracy accuracy (0..1) the Keras tutorial reports
 */
public record Scenario(
        String id,
        int window,
        Layout layout,
        int hiddenUnits,
        int epochs,
        int batchSize,
        boolean shuffle,
        boolean stateful,
        int sequences,
        double accuracyTarget,
        double tutorialAccuracy) {

    public boolean variableLength() {
        return sequences > 0;
    }

    /** Samples in one epoch: 26 - window sliding windows, or the number of random sequences. */
    public int samples() {
        return variableLength() ? sequences : 26 - window;
    }

    /** Time steps of one input sample. */
    public int timeSteps() {
        return layout == Layout.FEATURES ? 1 : window;
    }

    /** Features of one input time step. */
    public int features() {
        return layout == Layout.FEATURES ? window : 1;
    }

    public Scenario withEpochs(int value) {
        return new Scenario(id, window, layout, hiddenUnits, value, batchSize, shuffle, stateful, sequences, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withBatchSize(int value) {
        return new Scenario(id, window, layout, hiddenUnits, epochs, value, shuffle, stateful, sequences, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withWindow(int value) {
        return new Scenario(id, value, layout, hiddenUnits, epochs, batchSize, shuffle, stateful, sequences, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withLayout(Layout value) {
        return new Scenario(id, window, value, hiddenUnits, epochs, batchSize, shuffle, stateful, sequences, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withHiddenUnits(int value) {
        return new Scenario(id, window, layout, value, epochs, batchSize, shuffle, stateful, sequences, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withSequences(int value) {
        return new Scenario(id, window, layout, hiddenUnits, epochs, batchSize, shuffle, stateful, value, accuracyTarget, tutorialAccuracy);
    }

    /**
     * Checks that this cell can be trained; returns null when valid, else a one-line reason.
     */
    public String problem() {
        if (epochs <= 0) return "epochs must be positive (got " + epochs + ")";
        if (batchSize <= 0) return "batch size must be positive (got " + batchSize + ")";
        if (hiddenUnits <= 0) return "hidden units must be positive (got " + hiddenUnits + ")";
        if (window < 1 || window > 25) return "window must be 1..25 (got " + window + ")";
        if (stateful && (window != 1 || layout != Layout.TIME_STEPS || batchSize != 1)) {
            return "scenario " + id + " is stateful: it needs window 1, layout time-steps and batch size 1";
        }
        if (layout == Layout.MASKED && !variableLength()) {
            return "layout masked applies to variable-length sequences only (scenario " + id + ")";
        }
        if (batchSize > samples()) {
            return "batch size " + batchSize + " is larger than the data set of scenario " + id
                    + " (" + samples() + " samples)";
        }
        return null;
    }
}
