package dev.alphabench.model;

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

    private NetworkFactory() {
    }

    /** The tutorial's LSTM layer with Keras' initialisation; a scenario's kind wraps it and adds its head. */
    public static LSTM lstm(int features, int units, long seed) {
        return new LSTM.Builder().nIn(features).nOut(units).activation(Activation.TANH)
                .gateActivationFunction(Activation.SIGMOID).weightInit(WeightInit.XAVIER_UNIFORM)
                .weightInitRecurrent(new OrthogonalInit(seed)).forgetGateBiasInit(1.0).build();
    }

    /**
     * What every scenario's network shares (seed, float, Adam as Keras sets it, the workspace mode; null
     * keeps DL4J's): add the layers.
     */
    public static NeuralNetConfiguration.ListBuilder layers(long seed, WorkspaceMode workspaces) {
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder();
        if (workspaces != null) {
            builder.trainingWorkspaceMode(workspaces).inferenceWorkspaceMode(workspaces);
        }
        return builder.seed(seed).dataType(DataType.FLOAT).updater(new Adam(LEARNING_RATE, 0.9, 0.999, ADAM_EPSILON))
                .weightInit(WeightInit.XAVIER_UNIFORM).list();
    }
}
