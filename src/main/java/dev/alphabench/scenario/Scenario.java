package dev.alphabench.scenario;

import dev.alphabench.data.TrainingData;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
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

    /** Starts the declaration of a scenario of the given kind; every other value is named on the builder. */
    public static ScenarioBuilder builder(String id, Kind kind) {
        return new ScenarioBuilder(id, kind);
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
        return kind.fitsPerEpoch(this) * kind.updatesPerFit(this);
    }

    /** Time steps of one input sample. */
    public int timeSteps() {
        return layout.timeSteps(window);
    }

    /** Features of one input time step. */
    public int features() {
        return layout.features(window);
    }

    /** The examples of this scenario as tensors; the seed only matters for random sequences. */
    public TrainingData data(long seed) {
        return kind.data(this, seed);
    }

    /** The network of this scenario, initialised with the seed, in the LSTM implementation in force. */
    public MultiLayerNetwork network(long seed) {
        return kind.network(this, seed);
    }

    /** The network's configuration; {@code fused} swaps in the fused LSTM where the kind allows it. */
    public MultiLayerConfiguration configuration(long seed, boolean fused) {
        return kind.configuration(this, seed, fused);
    }

    /** The LSTM implementation this scenario trains with under the current settings: dl4j or fused. */
    public String lstmImpl() {
        return kind.lstmImpl();
    }

    public ScenarioBuilder toBuilder() {
        return builder(id, kind).window(window).layout(layout).hiddenUnits(hiddenUnits).epochs(epochs)
                .batchSize(batchSize).shuffle(shuffle).accuracy(accuracyTarget, tutorialAccuracy);
    }

    public Scenario withEpochs(int value) {
        return toBuilder().epochs(value).build();
    }

    public Scenario withBatchSize(int value) {
        return toBuilder().batchSize(value).build();
    }

    public Scenario withWindow(int value) {
        return toBuilder().window(value).build();
    }

    public Scenario withLayout(Layout value) {
        return toBuilder().layout(value).build();
    }

    public Scenario withHiddenUnits(int value) {
        return toBuilder().hiddenUnits(value).build();
    }

    /** Sets the number of random sequences; only a variable-length scenario has any (0 leaves others as they are). */
    public Scenario withSequences(int value) {
        return toBuilder().kind(kind.withSequences(value, id)).build();
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
