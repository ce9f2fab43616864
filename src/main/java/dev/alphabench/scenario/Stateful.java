package dev.alphabench.scenario;

import dev.alphabench.backend.PointerGc;
import dev.alphabench.data.Alphabet;
import dev.alphabench.data.Sequences;
import dev.alphabench.data.TrainingData;
import dev.alphabench.model.CarriedStateGradient;
import dev.alphabench.model.NetworkFactory;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras' stateful=True: the alphabet is one sequence, fitted once per epoch with an output at every
 * step and truncated BPTT of length 1, so the LSTM state carries from letter to letter (one update per
 * letter) and resets each epoch. The trained network then runs free from A.
 */
public record Stateful() implements Kind {
    @Override
    public int samples(Scenario s) {
        return Alphabet.SIZE - s.window();
    }

    @Override
    public List<Sequences.Example> examples(Scenario s, long seed) {
        return Sequences.windows(s.window());
    }

    @Override
    public String problem(Scenario s) {
        return s.window() != 1 || s.layout() != Layout.TIME_STEPS || s.batchSize() != 1
                ? "scenario " + s.id() + " is stateful: it needs window 1, layout time-steps and batch size 1" : null;
    }

    /** One sequence: features [1, 1, letters], labels [1, 26, letters]. */
    @Override
    public TrainingData data(Scenario s, long seed) {
        List<Sequences.Example> examples = examples(s, seed);
        int n = examples.size();
        INDArray x = Nd4j.zeros(DataType.FLOAT, 1, 1, n);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 1, Alphabet.SIZE, n);
        for (int t = 0; t < n; t++) {
            x.putScalar(new long[] {0, 0, t}, Alphabet.normalise(examples.get(t).input()[0]));
            y.putScalar(new long[] {0, examples.get(t).target(), t}, 1f);
        }
        return TrainingData.sequence(examples, new DataSet(x, y));
    }

    @Override
    public int fitsPerEpoch(Scenario s) {
        return 1;
    }

    @Override
    public int updatesPerFit(Scenario s) {
        return samples(s);
    }

    @Override
    public MultiLayerConfiguration configuration(Scenario s, long seed, boolean fused) {
        if (fused) {
            throw new IllegalArgumentException("the fused LSTM does not support stateful scenarios (" + s.id() + ")");
        }
        return NetworkFactory.layers(seed)
                .layer(NetworkFactory.lstm(s.features(), s.hiddenUnits(), seed))
                .layer(NetworkFactory.softmaxPerStep())
                .backpropType(BackpropType.TruncatedBPTT)
                .tBPTTForwardLength(1)
                .tBPTTBackwardLength(1)
                .setInputType(InputType.recurrent(s.features()))
                .build();
    }

    @Override
    public MultiLayerNetwork network(Scenario s, long seed) {
        MultiLayerNetwork net = NetworkFactory.build(configuration(s, seed, false));
        // DL4J drops the carried state's share of the recurrent-weight gradient in TBPTT; Keras keeps it
        return NetworkFactory.kerasStatefulGradient() ? CarriedStateGradient.attach(net) : net;
    }

    /** The fused LSTM supports neither truncated BPTT nor step-by-step generation. */
    @Override
    public String lstmImpl() {
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
            List<String> letters = new ArrayList<>();
            int code = Alphabet.code(start);
            letters.add(String.valueOf(start));
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
