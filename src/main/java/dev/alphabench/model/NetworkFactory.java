package dev.alphabench.model;

import dev.alphabench.data.Alphabet;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.settings.Settings;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The tutorial's model: LSTM(units) -> last time step -> Dense(26, softmax), Adam(0.001),
 * categorical cross-entropy, initialised as Keras does (Glorot-uniform kernels, orthogonal
 * recurrent weights, forget-gate bias 1). Stateful scenarios predict at every step of one
 * sequence and train with truncated BPTT of length 1, so state carries from sample to sample;
 * {@link CarriedStateGradient} restores the recurrent-weight gradient DL4J drops there.
 */
public final class NetworkFactory {
    public static final double LEARNING_RATE = 0.001;
    /** Keras' Adam epsilon (DL4J's default is 1e-8). */
    public static final double ADAM_EPSILON = 1e-7;

    private NetworkFactory() {
    }

    /**
     * The LSTM implementation a scenario trains with: {@code fused} ({@link FusedLstm}, libnd4j's fused
     * {@code lstmLayer} ops) when {@code -Dalphabench.lstm=fused}, except for the stateful scenario;
     * else {@code dl4j}. Opt-in: 3-4x the samples/s at batch 1, but resident memory grows with it
     * (docs/PERFORMANCE.md, run 7).
     */
    public static String lstmImpl(Scenario s, Settings settings) {
        return settings.lstm() == Settings.Lstm.FUSED && !s.stateful() ? "fused" : "dl4j";
    }

    public static MultiLayerConfiguration configuration(Scenario s, long seed, Settings settings) {
        return configuration(s, seed, lstmImpl(s, settings).equals("fused"), settings.workspaces());
    }

    /** The tutorial's model; {@code fused} swaps in {@link FusedLstm} (not for stateful scenarios). */
    public static MultiLayerConfiguration configuration(Scenario s, long seed, boolean fused, WorkspaceMode workspaces) {
        if (fused && s.stateful()) {
            throw new IllegalArgumentException("the fused LSTM does not support stateful scenarios (" + s.id() + ")");
        }
        LSTM lstm = new LSTM.Builder()
                .nIn(s.features())
                .nOut(s.hiddenUnits())
                .activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID)
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .weightInitRecurrent(new OrthogonalInit(seed))
                .forgetGateBiasInit(1.0)
                .build();
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder();
        if (workspaces != null) {
            builder.trainingWorkspaceMode(workspaces).inferenceWorkspaceMode(workspaces);
        }
        NeuralNetConfiguration.ListBuilder list = builder
                .seed(seed)
                .dataType(DataType.FLOAT)
                .updater(new Adam(LEARNING_RATE, 0.9, 0.999, ADAM_EPSILON))
                .weightInit(WeightInit.XAVIER_UNIFORM)
                .list();
        if (s.stateful()) {
            list.layer(lstm)
                    .layer(new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                            .nOut(Alphabet.SIZE).activation(Activation.SOFTMAX).build())
                    .backpropType(BackpropType.TruncatedBPTT)
                    .tBPTTForwardLength(1)
                    .tBPTTBackwardLength(1);
        } else {
            list.layer(new LastTimeStep(fused ? FusedLstm.of(lstm) : lstm))
                    .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                            .nOut(Alphabet.SIZE).activation(Activation.SOFTMAX).build());
        }
        InputType input = s.stateful() ? InputType.recurrent(s.features()) : InputType.recurrent(s.features(), s.timeSteps());
        return list.setInputType(input).build();
    }

    /**
     * The network a scenario trains; the stateful one with the gradient Keras computes unless
     * {@code -Dalphabench.stateful.gradient=dl4j} asks for DL4J's own TBPTT gradient.
     */
    public static MultiLayerNetwork build(Scenario s, long seed, Settings settings) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(s, seed, settings));
        net.init();
        // DL4J drops the carried state's share of the recurrent-weight gradient in TBPTT; Keras keeps it
        return s.stateful() && settings.statefulGradient() == Settings.StatefulGradient.KERAS
                ? CarriedStateGradient.attach(net) : net;
    }
}
