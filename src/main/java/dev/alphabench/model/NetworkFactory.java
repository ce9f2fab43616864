package dev.alphabench.model;

import dev.alphabench.backend.Tuning;
import dev.alphabench.data.Alphabet;
import dev.alphabench.scenario.Scenario;
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

    /**
     * {@code -Dalphabench.stateful.gradient=dl4j} trains the stateful scenario with DL4J's own TBPTT
     * gradient (no {@link CarriedStateGradient}); {@code keras} (the default) with the gradient Keras computes.
     */
    public static final String STATEFUL_GRADIENT = "alphabench.stateful.gradient";

    /**
     * {@code -Dalphabench.lstm=fused} trains the LSTM of every scenario but the stateful one through libnd4j's
     * fused {@code lstmLayer} ops ({@link FusedLstm}); {@code dl4j} (the default) through DL4J's own layer.
     * Opt-in: 3-4x the samples/s at batch 1, but resident memory grows with it (docs/PERFORMANCE.md, run 7).
     */
    public static final String LSTM_IMPL = "alphabench.lstm";

    private NetworkFactory() {
    }

    /** True unless {@value #STATEFUL_GRADIENT} is {@code dl4j}; any value but keras/dl4j is an error. */
    public static boolean kerasStatefulGradient() {
        String v = System.getProperty(STATEFUL_GRADIENT, "keras").trim();
        if (v.equalsIgnoreCase("keras")) {
            return true;
        }
        if (v.equalsIgnoreCase("dl4j")) {
            return false;
        }
        throw new IllegalArgumentException("-D" + STATEFUL_GRADIENT + "=" + v + ": valid values are keras, dl4j");
    }

    /** The value in force: {@value #LSTM_IMPL} if set, else {@code dl4j}. */
    public static String lstmSetting() {
        String v = System.getProperty(LSTM_IMPL);
        return v == null || v.isBlank() ? "dl4j" : v.trim();
    }

    /** True when the LSTM setting in force is {@code fused}; any value but dl4j/fused is an error. */
    public static boolean fusedLstm() {
        String v = lstmSetting();
        if (v.equalsIgnoreCase("fused")) {
            return true;
        }
        if (v.equalsIgnoreCase("dl4j")) {
            return false;
        }
        throw new dev.alphabench.backend.InvalidSettingException("-D" + LSTM_IMPL + "=" + v + ": valid values are dl4j, fused");
    }

    /** The LSTM implementation a scenario trains with under the current settings. */
    public static String lstmImpl(Scenario s) {
        return fusedLstm() && !s.stateful() ? "fused" : "dl4j";
    }

    public static MultiLayerConfiguration configuration(Scenario s, long seed) {
        return configuration(s, seed, lstmImpl(s).equals("fused"));
    }

    /** The tutorial's model; {@code fused} swaps in {@link FusedLstm} (not for stateful scenarios). */
    public static MultiLayerConfiguration configuration(Scenario s, long seed, boolean fused) {
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
        WorkspaceMode workspaces = Tuning.workspaceMode();
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

    public static MultiLayerNetwork build(Scenario s, long seed) {
        MultiLayerNetwork net = new MultiLayerNetwork(configuration(s, seed));
        net.init();
        // DL4J drops the carried state's share of the recurrent-weight gradient in TBPTT; Keras keeps it
        return s.stateful() && kerasStatefulGradient() ? CarriedStateGradient.attach(net) : net;
    }
}
