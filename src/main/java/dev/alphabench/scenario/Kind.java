package dev.alphabench.scenario;

import dev.alphabench.backend.PointerGc;
import dev.alphabench.data.Alphabet;
import dev.alphabench.data.Sequences;
import dev.alphabench.data.TrainingData;
import dev.alphabench.model.CarriedStateGradient;
import dev.alphabench.model.FusedLstm;
import dev.alphabench.model.NetworkFactory;
import dev.alphabench.settings.Settings;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * What kind of training a scenario is, and everything that differs between the kinds: the examples
 * and their tensors, the parameter updates per epoch, the network's head and what the trained network
 * demonstrates. The defaults are the {@link Windowed} kind's; the other kinds replace what they do
 * differently. A new kind is one more record here.
 */
public sealed interface Kind {

    default int samples(Scenario s) {
        return Alphabet.SIZE - s.window();
    }

    /** The examples of one epoch as letter codes; the seed only matters for random ones. */
    default List<Sequences.Example> examples(Scenario s, long seed) {
        return Sequences.windows(s.window());
    }

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

    /** Parameter updates per epoch: one per minibatch. */
    default int iterationsPerEpoch(Scenario s) {
        return (samples(s) + s.batchSize() - 1) / s.batchSize();
    }

    /**
     * LSTM, its last time step, softmax over the letters; {@code fused} swaps in {@link FusedLstm};
     * {@code workspaces} null keeps DL4J's workspace mode.
     */
    default MultiLayerConfiguration configuration(Scenario s, long seed, boolean fused, WorkspaceMode workspaces) {
        LSTM lstm = NetworkFactory.lstm(s.features(), s.hiddenUnits(), seed);
        return NetworkFactory.layers(seed, workspaces).layer(new LastTimeStep(fused ? FusedLstm.of(lstm) : lstm))
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nOut(Alphabet.SIZE).activation(Activation.SOFTMAX).build())
                .setInputType(InputType.recurrent(s.features(), s.timeSteps())).build();
    }

    /** The network in the LSTM implementation and workspace mode the settings choose. */
    default MultiLayerNetwork network(Scenario s, long seed, Settings settings) {
        MultiLayerNetwork net = new MultiLayerNetwork(
                configuration(s, seed, lstmImpl(settings).equals("fused"), settings.workspaces()));
        net.init();
        return net;
    }

    /**
     * The LSTM implementation this kind trains with under {@code settings}: dl4j, or fused with
     * {@code -Dalphabench.lstm=fused} (3-4x the samples/s at batch 1, but resident memory grows with
     * it: docs/studies/2026-11-29-fused-lstm.md).
     */
    default String lstmImpl(Settings settings) {
        return settings.lstm() == Settings.Lstm.FUSED ? "fused" : "dl4j";
    }

    /** What the trained network produces when run free (the result's generation); empty if nothing. */
    default String generation(MultiLayerNetwork net) {
        return "";
    }

    /** Every window of consecutive letters predicts the letter after it: 26 - window examples. */
    record Windowed() implements Kind {
    }

    /** Random sub-sequences of 1..window letters, pre-padded to the window; the masked layout hides the padding. */
    record VariableLength(int sequences) implements Kind {
        @Override
        public int samples(Scenario s) {
            return sequences;
        }

        @Override
        public List<Sequences.Example> examples(Scenario s, long seed) {
            return Sequences.randomSubsequences(sequences, s.window(), seed);
        }

        @Override
        public Kind withSequences(int value, String scenario) {
            return new Kind.VariableLength(value);
        }

        @Override
        public String problem(Scenario s) {
            return null;
        }
    }

    /**
     * Keras' stateful=True: the alphabet is one sequence, fitted once per epoch with an output at every
     * step and truncated BPTT of length 1, so the LSTM state carries from letter to letter (one update per
     * letter) and resets each epoch. The trained network then runs free from A.
     */
    record Stateful() implements Kind {
        @Override
        public String problem(Scenario s) {
            return s.window() != 1 || s.layout() != Layout.TIME_STEPS || s.batchSize() != 1
                    ? "scenario " + s.id() + " is stateful: it needs window 1, layout time-steps and batch size 1" : null;
        }

        /** One sequence: features [1, 1, letters], labels [1, 26, letters]. */
        @Override
        public TrainingData data(Scenario s, long seed) {
            List<Sequences.Example> examples = examples(s, seed);
            INDArray x = Nd4j.zeros(DataType.FLOAT, 1, 1, examples.size());
            INDArray y = Nd4j.zeros(DataType.FLOAT, 1, Alphabet.SIZE, examples.size());
            for (int t = 0; t < examples.size(); t++) {
                x.putScalar(new long[] {0, 0, t}, Alphabet.normalise(examples.get(t).input()[0]));
                y.putScalar(new long[] {0, examples.get(t).target(), t}, 1f);
            }
            return TrainingData.sequence(examples, new DataSet(x, y));
        }

        @Override
        public int iterationsPerEpoch(Scenario s) {
            return samples(s);
        }

        @Override
        public MultiLayerConfiguration configuration(Scenario s, long seed, boolean fused, WorkspaceMode workspaces) {
            if (fused) {
                throw new IllegalArgumentException("the fused LSTM does not support stateful scenarios (" + s.id() + ")");
            }
            return NetworkFactory.layers(seed, workspaces).layer(NetworkFactory.lstm(s.features(), s.hiddenUnits(), seed))
                    .layer(new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(Alphabet.SIZE).activation(Activation.SOFTMAX).build())
                    .backpropType(BackpropType.TruncatedBPTT).tBPTTForwardLength(1).tBPTTBackwardLength(1)
                    .setInputType(InputType.recurrent(s.features())).build();
        }

        @Override
        public MultiLayerNetwork network(Scenario s, long seed, Settings settings) {
            MultiLayerNetwork net = Kind.super.network(s, seed, settings);
            // DL4J drops the carried state's share of the recurrent-weight gradient in TBPTT; Keras keeps it,
            // unless -Dalphabench.stateful.gradient=dl4j asks for DL4J's own
            return settings.statefulGradient() == Settings.StatefulGradient.KERAS ? CarriedStateGradient.attach(net) : net;
        }

        /** The fused LSTM supports neither truncated BPTT nor step-by-step generation, whatever the settings. */
        @Override
        public String lstmImpl(Settings settings) {
            return "dl4j";
        }

        /** The tutorial's demonstration: "A->B->...->Z | K->L->...->P". */
        @Override
        public String generation(MultiLayerNetwork net) {
            return generate(net, 'A', 25) + " | " + generate(net, 'K', 5);
        }

        /** Feeds {@code start}, then each prediction back in, carrying the LSTM state from step to step. */
        static String generate(MultiLayerNetwork net, char start, int steps) {
            return PointerGc.call(() -> {
                net.rnnClearPreviousState();
                List<String> letters = new ArrayList<>(List.of(String.valueOf(start)));
                int code = Alphabet.code(start);
                for (int i = 0; i < steps; i++) {
                    INDArray out = net.rnnTimeStep(Nd4j.scalar(Alphabet.normalise(code)).reshape(1, 1, 1));
                    code = out.reshape(-1).argMax(0).getInt(0);
                    letters.add(String.valueOf(Alphabet.letter(code)));
                }
                net.rnnClearPreviousState();
                return String.join("->", letters);
            });
        }
    }
}
