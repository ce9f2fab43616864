package dev.alphabench.scenario;

import dev.alphabench.data.Sequences;
import dev.alphabench.data.TrainingData;
import dev.alphabench.model.FusedLstm;
import dev.alphabench.model.NetworkFactory;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * What kind of training a scenario is, and everything that differs between the kinds: the examples
 * and their tensors, the parameter updates per epoch, the network's head and what the trained network
 * demonstrates. The defaults are those of one prediction per example trained in minibatches (windowed
 * and variable-length); {@link Stateful} replaces them. A new kind is one more implementation here.
 */
public sealed interface Kind permits Windowed, Stateful, VariableLength {

    /** Samples in one epoch. */
    int samples(Scenario s);

    /** The examples of one epoch as letter codes; the seed only matters for random ones. */
    List<Sequences.Example> examples(Scenario s, long seed);

    /** Random sub-sequences per epoch; 0 for kinds without them. */
    default int sequences() {
        return 0;
    }

    /** This kind with {@code sequences} random sub-sequences; 0 keeps a kind without them as it is. */
    default Kind withSequences(int sequences, String scenario) {
        if (sequences != 0) {
            throw new IllegalArgumentException("sequences applies to variable-length only, not to " + scenario);
        }
        return this;
    }

    /** What this kind cannot train, as one line; null when valid. */
    default String problem(Scenario s) {
        return s.layout() == Layout.MASKED
                ? "layout masked applies to variable-length sequences only (scenario " + s.id() + ")" : null;
    }

    /** The examples, one tensor row each in the scenario's layout, served as (shuffled) minibatches. */
    default TrainingData data(Scenario s, long seed) {
        List<Sequences.Example> examples = examples(s, seed);
        return TrainingData.minibatches(examples, examples.stream().map(e -> s.layout().encode(e, s.window())).toList(),
                s.batchSize(), s.shuffle());
    }

    /** Fit calls per epoch. */
    default int fitsPerEpoch(Scenario s) {
        return (samples(s) + s.batchSize() - 1) / s.batchSize();
    }

    /** Parameter updates per fit call. */
    default int updatesPerFit(Scenario s) {
        return 1;
    }

    /** LSTM, its last time step, softmax; {@code fused} swaps in {@link FusedLstm}. */
    default MultiLayerConfiguration configuration(Scenario s, long seed, boolean fused) {
        LSTM lstm = NetworkFactory.lstm(s.features(), s.hiddenUnits(), seed);
        return NetworkFactory.layers(seed)
                .layer(new LastTimeStep(fused ? FusedLstm.of(lstm) : lstm))
                .layer(NetworkFactory.softmax())
                .setInputType(InputType.recurrent(s.features(), s.timeSteps()))
                .build();
    }

    default MultiLayerNetwork network(Scenario s, long seed) {
        return NetworkFactory.build(configuration(s, seed, lstmImpl().equals("fused")));
    }

    /** The LSTM implementation this kind trains with under the current settings: dl4j or fused. */
    default String lstmImpl() {
        return NetworkFactory.fusedLstm() ? "fused" : "dl4j";
    }

    /** What the trained network produces when run free, for the result's generation column; empty if nothing. */
    default String generation(MultiLayerNetwork net) {
        return "";
    }
}
