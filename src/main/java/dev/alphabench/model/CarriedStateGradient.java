package dev.alphabench.model;

import java.util.Map;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.recurrent.LSTM;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Gives the stateful scenario the LSTM gradient Keras computes, which DL4J 1.0.0-M2.1 gets wrong in
 * truncated BPTT.
 *
 * <p>With TBPTT, DL4J's forward pass (and so the output layer's gradient) starts each segment from the
 * LSTM state carried over from the previous segment, but the LSTM's backward pass recomputes the
 * segment as if it started from a zero state: the recurrent weights get no gradient from the carried
 * activations and the forget gate none from the carried cell state, and the other gates' gradients are
 * taken at the wrong point. With segments of length 1, which the stateful scenario uses so that state
 * carries from sample to sample as in Keras, the recurrent weights and the forget gate never train
 * ({@code TbpttRecurrentGradientTest}, docs/studies/2026-11-28-accuracy.md).
 *
 * <p>Keras' stateful training treats the carried state as a constant input of each batch. For a
 * one-step segment and a minibatch of 1 this listener recomputes the LSTM's gradient that way, after
 * DL4J has computed the network's gradient and before the updater applies it
 * ({@code onGradientCalculation}): one LSTM cell step from the carried {@code (h, c)}, back-propagated
 * from the output layer's gradient (which DL4J computes correctly), replacing the LSTM's {@code W},
 * {@code RW} and {@code b} gradients. It refuses any other configuration. On a network whose LSTM runs
 * through a helper (cuDNN) it does nothing, since that backward pass is not DL4J's.
 */
public final class CarriedStateGradient extends BaseTrainingListener {
    /** Index of the LSTM layer; the output layer follows it. */
    private static final int LSTM_LAYER = 0;

    /** Attaches the fix to a stateful network (LSTM, then an RNN output layer), after checking it applies. */
    public static MultiLayerNetwork attach(MultiLayerNetwork net) {
        MultiLayerConfiguration conf = net.getLayerWiseConfigurations();
        if (conf.getBackpropType() != BackpropType.TruncatedBPTT || conf.getTbpttBackLength() != 1
                || conf.getTbpttFwdLength() != 1) {
            throw new IllegalArgumentException("the carried-state gradient fix needs truncated BPTT with segments of "
                    + "length 1 (got " + conf.getBackpropType() + ", forward " + conf.getTbpttFwdLength()
                    + ", backward " + conf.getTbpttBackLength() + ")");
        }
        if (net.getnLayers() != 2 || !(net.getLayer(LSTM_LAYER) instanceof LSTM)) {
            throw new IllegalArgumentException("the carried-state gradient fix needs LSTM -> output layer, got "
                    + net.getnLayers() + " layers starting with " + net.getLayer(0).getClass().getSimpleName());
        }
        org.deeplearning4j.nn.conf.layers.LSTM layer =
                (org.deeplearning4j.nn.conf.layers.LSTM) net.getLayer(LSTM_LAYER).conf().getLayer();
        if (!(layer.getActivationFn() instanceof org.nd4j.linalg.activations.impl.ActivationTanH)
                || !(layer.getGateActivationFn() instanceof org.nd4j.linalg.activations.impl.ActivationSigmoid)) {
            throw new IllegalArgumentException("the carried-state gradient fix computes a tanh/sigmoid LSTM, got "
                    + layer.getActivationFn() + "/" + layer.getGateActivationFn());
        }
        net.addListeners(new CarriedStateGradient());
        return net;
    }

    @Override
    public void onGradientCalculation(Model model) {
        MultiLayerNetwork net = (MultiLayerNetwork) model;
        LSTM lstm = (LSTM) net.getLayer(LSTM_LAYER);
        if (lstm.getHelper() != null) {
            return;
        }
        Map<String, INDArray> carried = lstm.rnnGetPreviousState();
        INDArray hPrev = carried == null ? null : carried.get(LSTM.STATE_KEY_PREV_ACTIVATION);
        INDArray cPrev = carried == null ? null : carried.get(LSTM.STATE_KEY_PREV_MEMCELL);
        if (hPrev == null || cPrev == null) {
            return; // first segment: it starts from the zero state, where DL4J's gradient is right
        }
        INDArray input = net.getInput();
        if (input.rank() != 3 || input.size(0) != 1 || input.size(2) != 1) {
            throw new IllegalStateException("the carried-state gradient fix needs one-step segments of a minibatch "
                    + "of 1, got input " + java.util.Arrays.toString(input.shape()));
        }
        Gradient g = net.gradient();
        int out = LSTM_LAYER + 1;
        INDArray gradW = g.getGradientFor(LSTM_LAYER + "_W");
        INDArray gradRW = g.getGradientFor(LSTM_LAYER + "_RW");
        INDArray gradB = g.getGradientFor(LSTM_LAYER + "_b");
        // plain Java arrays, one copy per array: the step is ~10^4 multiply-adds, far less than the fixed
        // cost of the ~25 small ND4J ops the same arithmetic takes as INDArray calls (docs/studies/2026-11-28-settings-tried.md)
        float[][] d = cellGradient(flat(input), flat(hPrev), flat(cPrev), flat(net.getParam(LSTM_LAYER + "_W")),
                flat(net.getParam(LSTM_LAYER + "_RW")), flat(net.getParam(LSTM_LAYER + "_b")),
                flat(net.getParam(out + "_W")), flat(g.getGradientFor(out + "_b")));
        gradW.assign(Nd4j.create(d[0], gradW.shape(), 'c'));
        gradRW.assign(Nd4j.create(d[1], gradRW.shape(), 'c'));
        gradB.assign(Nd4j.create(d[2], gradB.shape(), 'c'));
    }

    /** The array's values in row-major order (one copy). */
    static float[] flat(INDArray a) {
        return a.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).dup('c').data().asFloat();
    }

    /**
     * Gradient of one step of DL4J's LSTM (tanh block input and cell activation, sigmoid gates, no
     * peepholes; gate columns in DL4J's order: block input, forget, output, input gate) from state
     * {@code (hPrev, cPrev)}, taken as constants, for one sample. All matrices row-major.
     *
     * @param w      input weights [nIn x 4u]
     * @param rw     recurrent weights [u x 4u]
     * @param wOut   the output layer's weights [u x nOut]
     * @param dOut   dL/d(output pre-activation) of the step [nOut] (the output layer's bias gradient)
     * @return {dL/dW [nIn x 4u], dL/dRW [u x 4u], dL/db [4u]}
     */
    static float[][] cellGradient(float[] x, float[] hPrev, float[] cPrev, float[] w, float[] rw, float[] b,
                                  float[] wOut, float[] dOut) {
        int u = hPrev.length;
        int g4 = 4 * u;
        int nOut = dOut.length;
        double[] z = new double[g4];
        for (int k = 0; k < g4; k++) {
            z[k] = b[k];
        }
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < g4; k++) {
                z[k] += x[i] * w[i * g4 + k];
            }
        }
        for (int j = 0; j < u; j++) {
            for (int k = 0; k < g4; k++) {
                z[k] += hPrev[j] * rw[j * g4 + k];
            }
        }
        float[] dz = new float[g4];
        for (int j = 0; j < u; j++) {
            double dh = 0;
            for (int k = 0; k < nOut; k++) {
                dh += wOut[j * nOut + k] * dOut[k];
            }
            double a = Math.tanh(z[j]);
            double f = sigmoid(z[u + j]);
            double o = sigmoid(z[2 * u + j]);
            double in = sigmoid(z[3 * u + j]);
            double tanhC = Math.tanh(f * cPrev[j] + in * a);
            double dc = dh * o * (1 - tanhC * tanhC);
            dz[j] = (float) (dc * in * (1 - a * a));
            dz[u + j] = (float) (dc * cPrev[j] * f * (1 - f));
            dz[2 * u + j] = (float) (dh * tanhC * o * (1 - o));
            dz[3 * u + j] = (float) (dc * a * in * (1 - in));
        }
        return new float[][] {outer(x, dz), outer(hPrev, dz), dz};
    }

    private static double sigmoid(double v) {
        return 1 / (1 + Math.exp(-v));
    }

    private static float[] outer(float[] left, float[] right) {
        float[] m = new float[left.length * right.length];
        for (int i = 0; i < left.length; i++) {
            for (int k = 0; k < right.length; k++) {
                m[i * right.length + k] = left[i] * right[k];
            }
        }
        return m;
    }
}
