package dev.alphabench.model;

import dev.alphabench.backend.Tuning;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The tutorial's model: LSTM(units) -> last time step -> Dense(26, softmax), Adam(0.001),
 * categorical cross-entropy, initialised as Keras does (Glorot-uniform kernels, orthogonal
 * recurrent weights, forget-gate bias 1). The parts every network shares are here; each scenario
 * kind ({@code scenario.Kind}) puts them together with its own head, e.g. an output per step and
 * truncated BPTT for the stateful kind, with {@link CarriedStateGradient}.
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

    /** The tutorial's LSTM layer with Keras' initialisation; a scenario's kind wraps it and adds its head. */
    public static LSTM lstm(int features, int units, long seed) {
        return new LSTM.Builder().nIn(features).nOut(units).activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID).weightInit(WeightInit.XAVIER_UNIFORM)
                .weightInitRecurrent(new OrthogonalInit(seed)).forgetGateBiasInit(1.0).build();
    }

    /** What every scenario's network shares (seed, float, Adam as Keras sets it, workspaces in force): add the layers. */
    public static NeuralNetConfiguration.ListBuilder layers(long seed) {
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder();
        WorkspaceMode workspaces = Tuning.workspaceMode();
        if (workspaces != null) {
            builder.trainingWorkspaceMode(workspaces).inferenceWorkspaceMode(workspaces);
        }
        return builder.seed(seed).dataType(DataType.FLOAT).updater(new Adam(LEARNING_RATE, 0.9, 0.999, ADAM_EPSILON))
                .weightInit(WeightInit.XAVIER_UNIFORM).list();
    }
}
