package dev.alphabench.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.scenario.Scenarios;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Characterises the DL4J 1.0.0-M2.1 behaviour behind the stateful scenario's shortfall
 * (docs/studies/2026-11-28-accuracy.md): with truncated BPTT segments of length 1 the LSTM's recurrent weights get no
 * gradient at all, so they never leave their initial values, while Keras' stateful training
 * updates them from the carried state. Longer segments do update them. If a DL4J upgrade makes
 * the first test fail, the stateful scenario can reach the tutorial's 100%: re-run its accuracy.
 */
class TbpttRecurrentGradientTest {

    private static double recurrentWeightChangeAfterOneEpoch(int segmentLength) {
        MultiLayerConfiguration conf = Scenarios.STATEFUL.kind().configuration(Scenarios.STATEFUL, 1, false, null);
        conf.setTbpttFwdLength(segmentLength);
        conf.setTbpttBackLength(segmentLength);
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        DataSet sequence = Scenarios.STATEFUL.data(1).all();
        INDArray before = net.getParam("0_RW").dup();
        INDArray inputBefore = net.getParam("0_W").dup();
        net.fit(sequence);
        assertThat(net.getIterationCount()).isEqualTo((25 + segmentLength - 1) / segmentLength);
        assertThat(net.getParam("0_W").sub(inputBefore).amaxNumber().doubleValue()).isGreaterThan(1e-4);
        return net.getParam("0_RW").sub(before).amaxNumber().doubleValue();
    }

    @Test
    void segmentsOfLengthOneNeverUpdateTheRecurrentWeights() {
        assertThat(recurrentWeightChangeAfterOneEpoch(1)).isZero();
    }

    @Test
    void segmentsOfLengthTwoDo() {
        assertThat(recurrentWeightChangeAfterOneEpoch(2)).isGreaterThan(1e-4);
    }
}
