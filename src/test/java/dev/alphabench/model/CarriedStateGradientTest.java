package dev.alphabench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class CarriedStateGradientTest {

    /**
     * Samples 2 and 3 of the stateful sequence (B -> C, C -> D) as one 2-step sequence. (Not A: its input
     * is 0/26, and with zero cell-input bias an LSTM fed 0 from a zero state stays at state 0.)
     */
    private static DataSet stepsBToD() {
        DataSet all = Scenarios.STATEFUL.data(1).all();
        INDArray f = all.getFeatures().get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(1, 3)).dup();
        INDArray l = all.getLabels().get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(1, 3)).dup();
        return new DataSet(f, l);
    }

    /** Copies of the LSTM's and output layer's gradients each time one is computed (after the fix, before the updater). */
    private static final class Recorder extends BaseTrainingListener {
        final List<Map<String, INDArray>> gradients = new ArrayList<>();

        @Override
        public void onGradientCalculation(Model model) {
            Map<String, INDArray> copy = new HashMap<>();
            ((MultiLayerNetwork) model).gradient().gradientForVariable().forEach((k, v) -> copy.put(k, v.dup()));
            gradients.add(copy);
        }
    }

    private static void assertClose(INDArray actual, INDArray expected) {
        double scale = expected.amaxNumber().doubleValue();
        assertThat(scale).isGreaterThan(1e-7);
        assertThat(actual.reshape(expected.shape()).sub(expected).amaxNumber().doubleValue()).isLessThan(1e-4 * scale);
    }

    /**
     * The fix against DL4J's own arithmetic. Samples B -> C, C -> D as two one-step TBPTT segments with
     * learning rate 0 (so both segments see the same parameters), and the same two steps as one plain
     * (non-truncated) pass whose loss counts only the second step.
     * <ul>
     * <li>segment 1 starts from the zero state, where DL4J is right: the fix's cell gradient equals DL4J's;</li>
     * <li>segment 2 starts from the carried state: the plain pass gets the recurrent weights' gradient
     *     only from step 2 (the state before step 1 is zero), so it must equal the fixed segment's; and its
     *     input-weight gradient is x1·δ1 + x2·δ2 with bias gradient δ1 + δ2, so with δ2 and x2·δ2 from the
     *     fixed segment, dW_plain = x1·(db_plain - δ2) + x2·δ2 must hold.</li>
     * </ul>
     */
    @Test
    void matchesDl4jFromTheZeroStateAndTheFullPassFromTheCarriedState() {
        MultiLayerNetwork tbptt = Scenarios.STATEFUL.network(7, Settings.defaults());
        tbptt.setLearningRate(0.0);
        Recorder recorder = new Recorder();
        tbptt.addListeners(recorder); // after the fix, which build() attached
        INDArray params = tbptt.params().dup();
        DataSet twoSteps = stepsBToD();
        tbptt.fit(twoSteps);
        assertThat(recorder.gradients).hasSize(2);
        assertThat(tbptt.params()).isEqualTo(params);

        // segment 1, zero state: the cell gradient of the fix reproduces DL4J's
        Map<String, INDArray> first = recorder.gradients.get(0);
        INDArray x1 = twoSteps.getFeatures().get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(0)).reshape(1, 1);
        float[] zero = new float[(int) tbptt.getParam("0_RW").size(0)];
        float[][] cell = CarriedStateGradient.cellGradient(CarriedStateGradient.flat(x1), zero, zero,
                CarriedStateGradient.flat(tbptt.getParam("0_W")), CarriedStateGradient.flat(tbptt.getParam("0_RW")),
                CarriedStateGradient.flat(tbptt.getParam("0_b")), CarriedStateGradient.flat(tbptt.getParam("1_W")),
                CarriedStateGradient.flat(first.get("1_b")));
        assertClose(Nd4j.create(cell[0], first.get("0_W").shape(), 'c'), first.get("0_W"));
        assertClose(Nd4j.create(cell[2], first.get("0_b").shape(), 'c'), first.get("0_b"));
        assertThat(first.get("0_RW").amaxNumber().doubleValue()).isZero();
        assertThat(Nd4j.create(cell[1]).amaxNumber().doubleValue()).isZero();
        assertThat(CarriedStateGradient.flat(tbptt.getParam("0_RW").transpose()))
                .as("flat() is row-major even for a transposed view")
                .startsWith(tbptt.getParam("0_RW").getFloat(0, 0), tbptt.getParam("0_RW").getFloat(1, 0));

        // segment 2, carried state: against the plain pass
        MultiLayerConfiguration conf = Scenarios.STATEFUL.kind().configuration(Scenarios.STATEFUL, 7, false, null);
        conf.setBackpropType(BackpropType.Standard);
        MultiLayerNetwork full = new MultiLayerNetwork(conf);
        full.init(params.dup(), true);
        full.setInput(twoSteps.getFeatures());
        full.setLabels(twoSteps.getLabels());
        full.setLayerMaskArrays(null, Nd4j.createFromArray(new float[][] {{0f, 1f}}));
        full.computeGradientAndScore();
        Map<String, INDArray> plain = full.gradient().gradientForVariable();
        Map<String, INDArray> second = recorder.gradients.get(1);
        assertClose(second.get("1_W"), plain.get("1_W"));
        assertClose(second.get("0_RW"), plain.get("0_RW"));
        INDArray db2 = second.get("0_b").reshape(1, -1);
        INDArray expectedW = plain.get("0_b").reshape(1, -1).sub(db2).muli(x1.getDouble(0)).addi(second.get("0_W").reshape(1, -1));
        assertClose(expectedW, plain.get("0_W").reshape(1, -1));
    }

    @Test
    void recurrentWeightsTrainInTheStatefulScenario() {
        MultiLayerNetwork net = Scenarios.STATEFUL.network(1, Settings.defaults());
        INDArray before = net.getParam("0_RW").dup();
        net.fit(Scenarios.STATEFUL.data(1).all());
        assertThat(net.getParam("0_RW").sub(before).amaxNumber().doubleValue()).isGreaterThan(1e-4);
    }

    @Test
    void refusesSegmentsLongerThanOne() {
        MultiLayerConfiguration conf = Scenarios.STATEFUL.kind().configuration(Scenarios.STATEFUL, 1, false, null);
        conf.setTbpttFwdLength(2);
        conf.setTbpttBackLength(2);
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        assertThatThrownBy(() -> CarriedStateGradient.attach(net))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 1");
    }

    @Test
    void refusesGateActivationsItDoesNotCompute() {
        MultiLayerConfiguration conf = Scenarios.STATEFUL.kind().configuration(Scenarios.STATEFUL, 1, false, null);
        ((org.deeplearning4j.nn.conf.layers.LSTM) conf.getConf(0).getLayer())
                .setGateActivationFn(new org.nd4j.linalg.activations.impl.ActivationHardSigmoid());
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        assertThatThrownBy(() -> CarriedStateGradient.attach(net))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tanh/sigmoid");
    }

    @Test
    void onlyStatefulNetworksGetItAndTheSwitchTurnsItOff() {
        assertThat(Scenarios.STATEFUL.network(1, Settings.defaults()).getListeners())
                .hasAtLeastOneElementOfType(CarriedStateGradient.class);
        assertThat(Scenarios.TIMESTEP_WINDOW.network(1, Settings.defaults()).getListeners()).isEmpty();
        java.util.Properties p = new java.util.Properties();
        p.setProperty(Settings.STATEFUL_GRADIENT, "dl4j");
        Settings dl4j = Settings.parse(p, java.util.Map.of(), java.util.List.of());
        assertThat(Scenarios.STATEFUL.network(1, dl4j).getListeners()).isEmpty();
    }
}
