package dev.alphabench.model;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import org.deeplearning4j.nn.api.ParamInitializer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.LayerValidation;
import org.deeplearning4j.nn.params.LSTMParamInitializer;
import org.deeplearning4j.optimize.api.TrainingListener;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * DL4J's {@link LSTM} layer configuration, trained through libnd4j's fused {@code lstmLayer} /
 * {@code lstmLayer_bp} ops ({@link FusedLstmLayer}) instead of DL4J's per-time-step Java loop
 * ({@code LSTMHelpers}, ~200 small ops per batch-1 iteration of a 3-step sequence).
 *
 * <p>Same equations, activations, initialisation and parameter count as the layer it is made from; only
 * the storage order of the four gate blocks differs. DL4J stores the columns of {@code W}, {@code RW}
 * and {@code b} as (block input, forget, output, input gate); the ops expect (input gate, forget, block
 * input, output). The parameters are drawn exactly as DL4J draws them, then permuted once, at
 * initialisation, so training needs no copies; {@link #toDl4jOrder} / {@link #GATE_ORDER} convert.
 */
public class FusedLstm extends LSTM {
    /** For each op gate block (i, f, c', o), the DL4J block it is taken from. */
    public static final int[] GATE_ORDER = {3, 1, 0, 2};

    /** For Jackson and {@link #of}. */
    public FusedLstm() {
        super();
    }

    /** A fused copy of a built DL4J LSTM configuration (every field copied). */
    public static FusedLstm of(LSTM lstm) {
        FusedLstm f = new FusedLstm();
        for (Class<?> c = LSTM.class; c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    field.set(f, field.get(lstm));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot copy LSTM field " + field.getName(), e);
                }
            }
        }
        return f;
    }

    @Override
    public org.deeplearning4j.nn.api.Layer instantiate(NeuralNetConfiguration conf,
            Collection<TrainingListener> listeners, int layerIndex, INDArray layerParamsView,
            boolean initializeParams, DataType networkDataType) {
        LayerValidation.assertNInNOutSet("FusedLstm", getLayerName(), layerIndex, getNIn(), getNOut());
        FusedLstmLayer ret = new FusedLstmLayer(conf, networkDataType);
        ret.setListeners(listeners);
        ret.setIndex(layerIndex);
        ret.setParamsViewArray(layerParamsView);
        Map<String, INDArray> paramTable = initializer().init(conf, layerParamsView, initializeParams);
        ret.setParamTable(paramTable);
        ret.setConf(conf);
        return ret;
    }

    @Override
    public ParamInitializer initializer() {
        return Params.INSTANCE;
    }

    /** Initialises as DL4J does, then stores the gate blocks in the ops' order. */
    static final class Params extends LSTMParamInitializer {
        static final Params INSTANCE = new Params();

        @Override
        public Map<String, INDArray> init(NeuralNetConfiguration conf, INDArray paramsView, boolean initializeParams) {
            Map<String, INDArray> table = super.init(conf, paramsView, initializeParams);
            if (initializeParams) {
                for (INDArray p : table.values()) {
                    p.assign(permute(p, GATE_ORDER));
                }
            }
            return table;
        }
    }

    /** The array (columns in 4 gate blocks) with block k taken from block {@code order[k]}. */
    static INDArray permute(INDArray array, int[] order) {
        INDArray p = array.rank() == 1 ? array.reshape(1, array.length()) : array; // the bias is a vector
        long n = p.size(1) / 4;
        INDArray out = p.ulike();
        for (int k = 0; k < 4; k++) {
            out.get(NDArrayIndex.all(), NDArrayIndex.interval(k * n, (k + 1) * n))
                    .assign(p.get(NDArrayIndex.all(), NDArrayIndex.interval(order[k] * n, (order[k] + 1) * n)));
        }
        return out.reshape(array.shape());
    }

    /** A fused layer's parameter or gradient array ({@code W}, {@code RW} or {@code b}) in DL4J's gate order. */
    public static INDArray toDl4jOrder(INDArray p) {
        int[] inverse = new int[4];
        for (int k = 0; k < 4; k++) {
            inverse[GATE_ORDER[k]] = k;
        }
        return permute(p, inverse);
    }
}
