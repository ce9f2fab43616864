package dev.alphabench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.data.TrainingData;
import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.recurrent.LastTimeStepLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The fused LSTM computes what DL4J's LSTM computes: same initial network, outputs, gradients, training. */
class FusedLstmTest {
    private static final double TOLERANCE = 1e-5;

    private static final Scenario MASKED = Scenarios.VARIABLE_LENGTH.withSequences(60).withLayout(Layout.MASKED);

    static Stream<Scenario> unmasked() {
        return Stream.of(Scenarios.ONE_CHAR, Scenarios.FEATURE_WINDOW, Scenarios.TIMESTEP_WINDOW,
                Scenarios.BATCH_STATE, Scenarios.VARIABLE_LENGTH.withSequences(60));
    }

    static Stream<Scenario> scenarios() {
        return Stream.concat(unmasked(), Stream.of(MASKED));
    }

    private static MultiLayerNetwork net(Scenario s, boolean fused) {
        MultiLayerNetwork net = new MultiLayerNetwork(s.kind().configuration(s, 7, fused, null));
        net.init();
        return net;
    }

    private static final List<String> GATED = List.of("0_W", "0_RW", "0_b");

    /**
     * The ops' gates (input gate, forget, block input, output) and where DL4J stores each: DL4J's blocks are
     * (block input 0, forget 1, output 2, input gate 3).
     */
    private static final int[] DL4J_BLOCK_OF_OP_GATE = {3, 1, 0, 2};

    /** Gate block k (of 4) of a W, RW or b array. */
    private static INDArray block(INDArray p, int k) {
        INDArray m = p.rank() == 1 ? p.reshape(1, p.length()) : p;
        long n = m.size(1) / 4;
        return m.get(NDArrayIndex.all(), NDArrayIndex.interval(k * n, (k + 1) * n));
    }

    private static INDArray dl4jOrder(String key, INDArray fusedArray) {
        return key.equals("0_RW") || key.equals("0_W") || key.equals("0_b") ? FusedLstm.toDl4jOrder(fusedArray) : fusedArray;
    }

    private static void assertClose(INDArray expected, INDArray actual, double tolerance, String what) {
        assertThat(actual.shape()).as(what).containsExactly(expected.shape());
        double diff = expected.sub(actual).amaxNumber().doubleValue();
        assertThat(diff).as(what + ": max |difference|").isLessThan(tolerance);
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void sameInitialNetworkOutputAndGradientAsDl4j(Scenario s) {
        MultiLayerNetwork dl4j = net(s, false);
        MultiLayerNetwork fused = net(s, true);
        assertThat(((LastTimeStepLayer) fused.getLayer(0)).getUnderlying()).isInstanceOf(FusedLstmLayer.class);
        assertThat(((LastTimeStepLayer) dl4j.getLayer(0)).getUnderlying()).isNotInstanceOf(FusedLstmLayer.class);
        // DL4J's initial parameters, with the LSTM's gate blocks stored in the ops' order: checked block by block
        // against the gates' names, not through toDl4jOrder (undoing a permutation passes for any permutation)
        for (String key : dl4j.paramTable().keySet()) {
            if (!GATED.contains(key)) {
                assertClose(dl4j.getParam(key), fused.getParam(key), 1e-7, "initial " + key);
                continue;
            }
            for (int k = 0; k < 4; k++) {
                assertClose(block(dl4j.getParam(key), DL4J_BLOCK_OF_OP_GATE[k]), block(fused.getParam(key), k), 1e-7,
                        "initial " + key + " op gate " + k);
            }
        }
        assertThat(block(fused.getParam("0_b"), 1).minNumber().doubleValue()).as("forget-gate bias (op block 1)").isEqualTo(1.0);
        DataSet all = s.data(1).all();
        INDArray mask = all.getFeaturesMaskArray();
        assertClose(dl4j.output(all.getFeatures(), false, mask, null), fused.output(all.getFeatures(), false, mask, null),
                TOLERANCE, s.id() + " output");

        // gradients of the whole data set as one batch (rows with different masks in the masked layout)
        for (MultiLayerNetwork n : List.of(dl4j, fused)) {
            n.setInput(all.getFeatures());
            n.setLabels(all.getLabels());
            n.setLayerMaskArrays(mask, null);
            n.computeGradientAndScore();
        }
        assertThat(fused.score()).isCloseTo(dl4j.score(), org.assertj.core.data.Offset.offset(1e-5));
        Gradient g = dl4j.gradient();
        Gradient f = fused.gradient();
        for (String key : g.gradientForVariable().keySet()) {
            if (mask != null && key.equals("0_b")) {
                continue; // DL4J's is wrong there: see masked bias test below
            }
            assertClose(g.getGradientFor(key), dl4jOrder(key, f.getGradientFor(key)), TOLERANCE, s.id() + " gradient " + key);
        }
    }

    /** The first ten sequences of the masked data: pre-padded, of different lengths, as one batch. */
    private static DataSet mixedBatch() {
        DataSet all = MASKED.data(1).all();
        INDArrayIndex rows = NDArrayIndex.interval(0, 10);
        INDArray m = all.getFeaturesMaskArray().get(rows, NDArrayIndex.all()).dup();
        double[] lengths = m.sum(1).toDoubleVector();
        assertThat(java.util.Arrays.stream(lengths).distinct().count()).as("distinct lengths").isGreaterThan(2);
        return new DataSet(all.getFeatures().get(rows, NDArrayIndex.all(), NDArrayIndex.all()).dup(),
                all.getLabels().get(rows, NDArrayIndex.all()).dup(), m, null);
    }

    private static double score(MultiLayerNetwork n, DataSet d) {
        n.setInput(d.getFeatures());
        n.setLabels(d.getLabels());
        n.setLayerMaskArrays(d.getFeaturesMaskArray(), null);
        n.computeGradientAndScore();
        return n.score();
    }

    /** Largest |analytic - central finite difference| over the LSTM bias (float network, step 1e-2, summed over the batch). */
    private static double biasGradientError(MultiLayerNetwork n, DataSet d) {
        score(n, d);
        INDArray analytic = n.gradient().getGradientFor("0_b").dup();
        INDArray b = n.getParam("0_b");
        double worst = 0;
        for (int k = 0; k < b.length(); k++) {
            float v = b.getFloat(k);
            double e = 1e-2;
            b.putScalar(k, v + e);
            double plus = score(n, d);
            b.putScalar(k, v - e);
            double minus = score(n, d);
            b.putScalar(k, v);
            // DL4J's score is the batch mean; the gradient before the updater is the batch sum
            double numeric = d.numExamples() * (plus - minus) / (2 * e);
            worst = Math.max(worst, Math.abs(analytic.getDouble(k) - numeric));
        }
        return worst;
    }

    /**
     * On pre-padded, masked sequences of different lengths in one batch the fused bias gradient is the derivative of the loss (finite
     * differences agree); DL4J's own LSTM adds a contribution from the masked steps to the block-input
     * bias, so its bias gradient is not (its weight gradients are unaffected: input and state are zero
     * there). This is why masked training differs between the two.
     */
    @Test
    void maskedBiasGradientMatchesFiniteDifferencesWhereDl4jsDoesNot() {
        DataSet batch = mixedBatch();
        assertThat(biasGradientError(net(MASKED, true), batch)).as("fused").isLessThan(1e-3);
        assertThat(biasGradientError(net(MASKED, false), batch)).as("DL4J").isGreaterThan(1e-2);
    }

    @ParameterizedTest
    @MethodSource("unmasked")
    void trainsTheSameNetworkAsDl4j(Scenario s) {
        MultiLayerNetwork dl4j = net(s, false);
        MultiLayerNetwork fused = net(s, true);
        TrainingData data = s.data(1);
        List<DataSet> batches = data.epoch(new Random(3));
        for (DataSet b : batches.subList(0, Math.min(40, batches.size()))) {
            dl4j.fit(b);
            fused.fit(b);
        }
        for (String key : dl4j.paramTable().keySet()) {
            assertClose(dl4j.getParam(key), dl4jOrder(key, fused.getParam(key)), 1e-4, s.id() + " trained " + key);
        }
        assertThat(dl4j.getParam("0_W").sub(net(s, false).getParam("0_W")).amaxNumber().doubleValue())
                .as("training changed the weights").isGreaterThan(1e-4);
    }

    @Test
    void maskedBatchOfOneRunsOnlyTheUnmaskedSteps() {
        DataSet all = MASKED.data(1).all();
        MultiLayerNetwork dl4j = net(MASKED, false);
        MultiLayerNetwork fused = net(MASKED, true);
        for (int row = 0; row < 10; row++) {
            INDArray x = all.getFeatures().get(NDArrayIndex.interval(row, row + 1), NDArrayIndex.all(), NDArrayIndex.all());
            INDArray m = all.getFeaturesMaskArray().get(NDArrayIndex.interval(row, row + 1), NDArrayIndex.all());
            assertClose(dl4j.output(x, false, m, null), fused.output(x, false, m, null), TOLERANCE, "row " + row);
        }
    }

    @Test
    void refusesMasksWithGaps() {
        MultiLayerNetwork fused = net(MASKED, true);
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 1, 5);
        INDArray m = Nd4j.createFromArray(new float[][] {{1, 1, 0, 1, 1}});
        assertThatThrownBy(() -> fused.output(x, false, m, null))
                .hasMessageContaining("masked step after an unmasked one");
    }

    @Test
    void statefulKeepsDl4jsLayer() {
        Properties p = new Properties();
        p.setProperty(Settings.LSTM, "fused");
        Settings fused = Settings.parse(p, Map.of(), List.of());
        assertThat(Scenarios.STATEFUL.kind().lstmImpl(fused)).isEqualTo("dl4j");
        assertThat(Scenarios.TIMESTEP_WINDOW.kind().lstmImpl(fused)).isEqualTo("fused");
        assertThat(Scenarios.TIMESTEP_WINDOW.kind().lstmImpl(Settings.defaults())).isEqualTo("dl4j");
        assertThat(Scenarios.STATEFUL.network(1, fused).getLayer(0)).isNotInstanceOf(FusedLstmLayer.class);
        assertThat(((LastTimeStepLayer) Scenarios.TIMESTEP_WINDOW.network(1, fused).getLayer(0)).getUnderlying())
                .isInstanceOf(FusedLstmLayer.class);
        assertThatThrownBy(() -> Scenarios.STATEFUL.kind().configuration(Scenarios.STATEFUL, 1, true, null))
                .hasMessageContaining("stateful");
    }
}
