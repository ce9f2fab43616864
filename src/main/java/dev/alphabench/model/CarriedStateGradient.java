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
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

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
 * ({@code TbpttRecurrentGradientTest}, docs/ACCURACY.md).
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
        // dL/dh of the step, from the output layer's gradient: its bias gradient is dL/dz for one step of one sample
        INDArray dh = g.getGradientFor(out + "_b").reshape(1, -1).mmul(net.getParam(out + "_W").transpose());
        INDArray[] d = cellGradient(input.reshape(1, input.size(1)), row(hPrev), row(cPrev),
                net.getParam(LSTM_LAYER + "_W"), net.getParam(LSTM_LAYER + "_RW"), net.getParam(LSTM_LAYER + "_b"), dh);
        g.getGradientFor(LSTM_LAYER + "_W").assign(d[0]);
        g.getGradientFor(LSTM_LAYER + "_RW").assign(d[1]);
        g.getGradientFor(LSTM_LAYER + "_b").assign(d[2].reshape(g.getGradientFor(LSTM_LAYER + "_b").shape()));
    }

    private static INDArray row(INDArray a) {
        return a.reshape(1, a.length());
    }

    /**
     * Gradient of one step of DL4J's LSTM (tanh block input and cell activation, sigmoid gates, no
     * peepholes; gate columns in DL4J's order: block input, forget, output, input gate) from state
     * {@code (hPrev, cPrev)}, taken as constants, given {@code dh = dL/dh} of the step.
     *
     * @return {dL/dW [nIn, 4u], dL/dRW [u, 4u], dL/db [1, 4u]}
     */
    static INDArray[] cellGradient(INDArray x, INDArray hPrev, INDArray cPrev, INDArray w, INDArray rw, INDArray b,
                                   INDArray dh) {
        long u = hPrev.length();
        INDArray z = x.mmul(w).addi(hPrev.mmul(rw)).addi(b.reshape(1, 4 * u));
        INDArray a = Transforms.tanh(gate(z, 0, u), true);
        INDArray f = Transforms.sigmoid(gate(z, 1, u), true);
        INDArray o = Transforms.sigmoid(gate(z, 2, u), true);
        INDArray i = Transforms.sigmoid(gate(z, 3, u), true);
        INDArray tanhC = Transforms.tanh(f.mul(cPrev).addi(i.mul(a)), true);
        INDArray dc = dh.mul(o).muli(tanhC.mul(tanhC).rsubi(1));
        INDArray dzA = dc.mul(i).muli(a.mul(a).rsubi(1));
        INDArray dzF = dc.mul(cPrev).muli(f.mul(f.rsub(1)));
        INDArray dzO = dh.mul(tanhC).muli(o.mul(o.rsub(1)));
        INDArray dzI = dc.mul(a).muli(i.mul(i.rsub(1)));
        INDArray dz = Nd4j.hstack(dzA, dzF, dzO, dzI);
        return new INDArray[] {x.transpose().mmul(dz), hPrev.transpose().mmul(dz), dz};
    }

    private static INDArray gate(INDArray z, int k, long u) {
        return z.get(NDArrayIndex.all(), NDArrayIndex.interval(k * u, (k + 1) * u)).dup();
    }
}
