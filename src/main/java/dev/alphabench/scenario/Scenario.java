package dev.alphabench.scenario;

import dev.alphabench.data.TrainingData;
import dev.alphabench.settings.Settings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * One training setup of the alphabet-prediction tutorial, as data. A sweep cell is a tutorial
 * scenario with some of these values overridden through the {@code with*} methods; what differs
 * between stateful, variable-length and windowed training is the scenario's {@link Kind}.
 *
 * @param id               stable id used by the CLI and the CSV
 * @param kind             windowed, stateful or variable-length (with its number of sequences)
 * @param window           letters per input; for variable-length, the maximum sequence length
 * @param layout           how the window is presented to the LSTM
 * @param hiddenUnits      LSTM units
 * @param epochs           passes over the data set
 * @param batchSize        samples per fit call
 * @param shuffle          reshuffle the samples every epoch (seeded)
 * @param accuracyTarget   accuracy (0..1) counted as "reached" for time-to-target
 * @param tutorialAccuracy accuracy (0..1) the Keras tutorial reports
 */
public record Scenario(String id, Kind kind, int window, Layout layout, int hiddenUnits, int epochs, int batchSize,
        boolean shuffle, double accuracyTarget, double tutorialAccuracy) {

    /** A scenario with window 1, time-steps, one unit, epoch and sample per batch, no shuffle, target 100%: name the rest. */
    public static Scenario of(String id, Kind kind) {
        return new Scenario(id, kind, 1, Layout.TIME_STEPS, 1, 1, 1, false, 1, 1);
    }

    /** Samples in one epoch: 26 - window sliding windows, or the number of random sequences. */
    public int samples() {
        return kind.samples(this);
    }

    /** Random sub-sequences of a variable-length scenario; 0 for the other kinds. */
    public int sequences() {
        return kind.sequences();
    }

    /** Parameter updates per epoch: the one count the trainer, the sweep's progress and the JMH converter use. */
    public int iterationsPerEpoch() {
        return kind.iterationsPerEpoch(this);
    }

    /** Time steps of one input sample. */
    public int timeSteps() {
        return layout == Layout.FEATURES ? 1 : window;
    }

    /** Features of one input time step. */
    public int features() {
        return layout == Layout.FEATURES ? window : 1;
    }

    /** The examples of this scenario as tensors; the seed only matters for random sequences. */
    public TrainingData data(long seed) {
        return kind.data(this, seed);
    }

    /** The network of this scenario, initialised with the seed, in the LSTM implementation the settings choose. */
    public MultiLayerNetwork network(long seed, Settings settings) {
        return kind.network(this, seed, settings);
    }

    public Scenario withEpochs(int value) {
        return new Scenario(id, kind, window, layout, hiddenUnits, value, batchSize, shuffle, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withBatchSize(int value) {
        return new Scenario(id, kind, window, layout, hiddenUnits, epochs, value, shuffle, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withWindow(int value) {
        return new Scenario(id, kind, value, layout, hiddenUnits, epochs, batchSize, shuffle, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withLayout(Layout value) {
        return new Scenario(id, kind, window, value, hiddenUnits, epochs, batchSize, shuffle, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withHiddenUnits(int value) {
        return new Scenario(id, kind, window, layout, value, epochs, batchSize, shuffle, accuracyTarget, tutorialAccuracy);
    }

    public Scenario withShuffle(boolean value) {
        return new Scenario(id, kind, window, layout, hiddenUnits, epochs, batchSize, value, accuracyTarget, tutorialAccuracy);
    }

    /** Sets the number of random sequences; only a variable-length scenario has any (0 leaves others as they are). */
    public Scenario withSequences(int value) {
        return new Scenario(id, kind.withSequences(value, id), window, layout, hiddenUnits, epochs, batchSize, shuffle,
                accuracyTarget, tutorialAccuracy);
    }

    /** The accuracy counted as "reached" for time-to-target, and the one the Keras tutorial reports (0..1). */
    public Scenario withAccuracy(double target, double tutorial) {
        return new Scenario(id, kind, window, layout, hiddenUnits, epochs, batchSize, shuffle, target, tutorial);
    }

    /**
     * Checks that this cell can be trained; returns null when valid, else a one-line reason.
     */
    public String problem() {
        if (epochs <= 0) return "epochs must be positive (got " + epochs + ")";
        if (batchSize <= 0) return "batch size must be positive (got " + batchSize + ")";
        if (hiddenUnits <= 0) return "hidden units must be positive (got " + hiddenUnits + ")";
        if (window < 1 || window > 25) return "window must be 1..25 (got " + window + ")";
        String problem = kind.problem(this);
        if (problem != null) return problem;
        if (batchSize > samples()) {
            return "batch size " + batchSize + " is larger than the data set of scenario " + id
                    + " (" + samples() + " samples)";
        }
        return null;
    }
}
