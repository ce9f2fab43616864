package dev.alphabench.model;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.params.LSTMParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.indexing.SpecifiedIndex;

/**
 * The layer behind {@link FusedLstm}: forward pass is one {@code lstmLayer} op over all time steps,
 * backward pass one {@code lstmLayer_bp} op writing straight into the layer's gradient views.
 *
 * <p>Masks: DL4J zeroes the output and the cell state at masked steps, so on pre-padded sequences (the
 * harness's masked layout) each sequence starts from a zero state at its first unmasked step. Here each
 * row runs only over its unmasked suffix, which is the same computation: rows sharing a first unmasked step
 * run as one op (a batch of one is one op; a batch of sequences of 1 to 5 steps at most five).
 * Masks with a gap (a masked step after an unmasked one) are refused.
 *
 * <p>Not supported (the stateful scenario keeps DL4J's layer): truncated BPTT and {@code rnnTimeStep}.
 *
 * <p>Memory: libnd4j 1.0.0-M2.1's {@code lstmLayer_bp} leaks about 10 KB of native memory per call (and
 * {@code lstmLayer} about 1 KB), measured without DL4J (docs/studies/2026-11-29-fused-lstm.md); nothing on the Java side
 * frees it, which is why this layer is opt-in.
 */
public class FusedLstmLayer extends org.deeplearning4j.nn.layers.recurrent.LSTM {
    private static final String W = LSTMParamInitializer.INPUT_WEIGHT_KEY;
    private static final String RW = LSTMParamInitializer.RECURRENT_WEIGHT_KEY;
    private static final String B = LSTMParamInitializer.BIAS_KEY;
    /** lstmLayer integer arguments: data format 2 = [batch, features, time] (DL4J's NCW), direction 0 = forward,
     * gate activation 2 = sigmoid, cell and output activation 0 = tanh. */
    private static final int[] INT_ARGS = {2, 0, 2, 0, 0};
    /** has bias, no seqLen, no initial h, no initial c, no peepholes, full sequence, no last h, no last c. */
    private static final boolean[] BOOL_ARGS = {true, false, false, false, false, true, false, false};

    public FusedLstmLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
        FusedLstm c = (FusedLstm) conf.getLayer();
        require(c.getActivationFn(), ActivationTanH.class, "activation");
        require(c.getGateActivationFn(), ActivationSigmoid.class, "gate activation");
        if (c.getRnnDataFormat() != RNNFormat.NCW) {
            throw new IllegalArgumentException("FusedLstm: only NCW input is supported, got " + c.getRnnDataFormat());
        }
    }

    private static void require(IActivation a, Class<?> type, String what) {
        if (!type.isInstance(a)) {
            throw new IllegalArgumentException("FusedLstm: " + what + " must be " + type.getSimpleName() + ", got " + a);
        }
    }

    @Override
    public INDArray activate(INDArray input, boolean training, LayerWorkspaceMgr mgr) {
        setInput(input, mgr);
        return activate(training, mgr);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr mgr) {
        assertInputSet(false);
        INDArray x = input.castTo(dataType);
        long mb = x.size(0);
        long steps = x.size(2);
        long nOut = layerConf().getNOut();
        List<Run> runs = runs(mb, steps);
        if (runs.size() == 1 && runs.get(0).whole()) {
            INDArray h = mgr.createUninitialized(ArrayType.ACTIVATIONS, dataType, new long[] {mb, nOut, steps}, 'c');
            Nd4j.exec(forward(x, h));
            return h;
        }
        INDArray h = mgr.create(ArrayType.ACTIVATIONS, dataType, new long[] {mb, nOut, steps}, 'c');
        for (Run r : runs) {
            INDArray part = Nd4j.createUninitialized(dataType, r.rows(mb), nOut, steps - r.start);
            Nd4j.exec(forward(x.get(r.index(steps)).dup('c'), part));
            r.writeInto(h, part);
        }
        return h;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr mgr) {
        assertInputSet(true);
        INDArray x = input.castTo(dataType);
        long mb = x.size(0);
        long steps = x.size(2);
        INDArray gW = gradientViews.get(W);
        INDArray gRW = gradientViews.get(RW);
        INDArray gB = gradientViews.get(B);
        INDArray eps = epsilon.castTo(dataType);
        List<Run> runs = runs(mb, steps);
        INDArray dx;
        if (runs.size() == 1 && runs.get(0).whole()) {
            dx = mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, dataType, x.shape(), 'c');
            Nd4j.exec(backward(x, eps.dup('c'), dx, gW, gRW, gB.reshape(gB.length())));
        } else {
            dx = mgr.create(ArrayType.ACTIVATION_GRAD, dataType, x.shape(), 'c');
            gW.assign(0);
            gRW.assign(0);
            gB.assign(0);
            INDArray tW = gW.ulike(); // lstmLayer_bp overwrites its gradient outputs; one set serves every run
            INDArray tRW = gRW.ulike();
            INDArray tB = Nd4j.createUninitialized(dataType, gB.length());
            for (Run r : runs) {
                INDArrayIndex[] index = r.index(steps);
                INDArray xr = x.get(index).dup('c');
                INDArray dxr = xr.ulike();
                Nd4j.exec(backward(xr, eps.get(index).dup('c'), dxr, tW, tRW, tB));
                gW.addi(tW);
                gRW.addi(tRW);
                gB.addi(tB.reshape(gB.shape()));
                r.writeInto(dx, dxr);
            }
        }
        Gradient g = new DefaultGradient();
        g.gradientForVariable().put(W, gW);
        g.gradientForVariable().put(RW, gRW);
        g.gradientForVariable().put(B, gB);
        weightNoiseParams.clear();
        return new Pair<>(g, backpropDropOutIfPresent(dx));
    }

    private DynamicCustomOp forward(INDArray x, INDArray h) {
        INDArray b = getParam(B);
        return DynamicCustomOp.builder("lstmLayer")
                .addInputs(x, getParam(W), getParam(RW), b.reshape(b.length()))
                .addOutputs(h)
                .addIntegerArguments(INT_ARGS)
                .addBooleanArguments(BOOL_ARGS)
                .addFloatingPointArguments(0.0)
                .build();
    }

    private DynamicCustomOp backward(INDArray x, INDArray dLdh, INDArray dx, INDArray gW, INDArray gRW, INDArray gB) {
        INDArray b = getParam(B);
        return DynamicCustomOp.builder("lstmLayer_bp")
                .addInputs(x, getParam(W), getParam(RW), b.reshape(b.length()), dLdh)
                .addOutputs(dx, gW, gRW, gB)
                .addIntegerArguments(INT_ARGS)
                .addBooleanArguments(BOOL_ARGS)
                .addFloatingPointArguments(0.0)
                .build();
    }

    /** Rows grouped by the first unmasked step; without a mask one run over everything. */
    private List<Run> runs(long mb, long steps) {
        List<Run> runs = new ArrayList<>();
        if (maskArray == null) {
            runs.add(new Run(0, null));
            return runs;
        }
        float[] m = maskArray.castTo(DataType.FLOAT).dup('c').data().asFloat();
        long[] starts = new long[(int) mb];
        for (int r = 0; r < mb; r++) {
            long start = steps;
            for (int t = 0; t < steps; t++) {
                boolean on = m[(int) (r * steps + t)] != 0f;
                if (on && start == steps) {
                    start = t;
                } else if (!on && start != steps) {
                    throw new IllegalArgumentException("FusedLstm: row " + r + " of the mask has a masked step after"
                            + " an unmasked one; only pre-padded (left-masked) sequences are supported");
                }
            }
            starts[r] = start;
        }
        long[] distinct = java.util.Arrays.stream(starts).distinct().sorted().toArray();
        for (long start : distinct) {
            if (start == steps) {
                continue; // fully masked rows: zero output, zero gradient
            }
            runs.add(new Run(start, distinct.length == 1 ? null
                    : java.util.stream.LongStream.range(0, mb).filter(r -> starts[(int) r] == start).toArray()));
        }
        return runs;
    }

    /** Time steps {@code [start, steps)} of the given rows, or of all rows when {@code rows} is null. */
    private record Run(long start, long[] rows) {
        boolean whole() {
            return rows == null && start == 0;
        }

        long rows(long mb) {
            return rows == null ? mb : rows.length;
        }

        INDArrayIndex[] index(long steps) {
            return new INDArrayIndex[] {
                    rows == null ? NDArrayIndex.all() : new SpecifiedIndex(rows),
                    NDArrayIndex.all(),
                    NDArrayIndex.interval(start, steps)};
        }

        /** Copies {@code part} ([rows, channels, steps - start]) into {@code target} at this run's rows and steps. */
        void writeInto(INDArray target, INDArray part) {
            long steps = target.size(2);
            if (rows == null) {
                target.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(start, steps)).assign(part);
                return;
            }
            // INDArray.put with a SpecifiedIndex mis-indexes rank-3 arrays in M2.1: scatter whole rows instead
            INDArray full = Nd4j.zeros(target.dataType(), rows.length, target.size(1), steps);
            full.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(start, steps)).assign(part);
            Nd4j.exec(DynamicCustomOp.builder("scatter_upd")
                    .addInputs(target, Nd4j.createFromArray(rows), full).addOutputs(target).build());
        }
    }

    @Override
    public Pair<Gradient, INDArray> tbpttBackpropGradient(INDArray epsilon, int tbpttBackLength, LayerWorkspaceMgr mgr) {
        throw unsupported("truncated BPTT");
    }

    @Override
    public INDArray rnnTimeStep(INDArray input, LayerWorkspaceMgr mgr) {
        throw unsupported("rnnTimeStep");
    }

    @Override
    public INDArray rnnActivateUsingStoredState(INDArray input, boolean training, boolean storeLastForTBPTT,
            LayerWorkspaceMgr mgr) {
        throw unsupported("stored state");
    }

    private static UnsupportedOperationException unsupported(String what) {
        return new UnsupportedOperationException("FusedLstm does not support " + what
                + " (stateful training); use -Dalphabench.lstm=dl4j");
    }
}
