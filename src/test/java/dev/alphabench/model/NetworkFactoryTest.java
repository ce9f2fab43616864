package dev.alphabench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import java.util.Random;
import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;

class NetworkFactoryTest {

    @Test
    void statefulUsesTruncatedBpttOfLengthOneWithAnOutputPerStep() {
        MultiLayerConfiguration conf = Scenarios.STATEFUL.kind().configuration(Scenarios.STATEFUL, 1, false, null);
        assertThat(conf.getBackpropType()).isEqualTo(BackpropType.TruncatedBPTT);
        assertThat(conf.getTbpttFwdLength()).isEqualTo(1);
        assertThat(conf.getTbpttBackLength()).isEqualTo(1);
        assertThat(conf.getConf(0).getLayer()).isInstanceOf(LSTM.class);
        assertThat(((LSTM) conf.getConf(0).getLayer()).getNOut()).isEqualTo(50);
        assertThat(conf.getConf(1).getLayer()).isInstanceOf(RnnOutputLayer.class);
    }

    @Test
    void windowScenariosKeepTheLastStepAndUseAdam() {
        MultiLayerConfiguration conf = Scenarios.TIMESTEP_WINDOW.kind().configuration(Scenarios.TIMESTEP_WINDOW, 1, false, null);
        assertThat(conf.getBackpropType()).isEqualTo(BackpropType.Standard);
        assertThat(conf.getConf(0).getLayer()).isInstanceOf(LastTimeStep.class);
        BaseLayer out = (BaseLayer) conf.getConf(1).getLayer();
        assertThat(out.getIUpdater()).isInstanceOf(Adam.class);
        assertThat(((Adam) out.getIUpdater()).getLearningRate()).isEqualTo(0.001);
    }

    @Test
    void outputHasTwentySixClassesForAWindowOfThree() {
        MultiLayerNetwork net = Scenarios.TIMESTEP_WINDOW.network(1, Settings.defaults());
        INDArray out = net.output(org.nd4j.linalg.factory.Nd4j.zeros(4, 1, 3));
        assertThat(out.shape()).containsExactly(4, 26);
        assertThat(out.sum(1).getDouble(0)).isCloseTo(1.0, within(1e-5));
    }

    @Test
    void recurrentWeightsAreOrthogonalAndForgetBiasIsOne() {
        MultiLayerNetwork net = Scenarios.TIMESTEP_WINDOW.network(3, Settings.defaults());
        INDArray rw = net.getParam("0_RW"); // [units, 4 * units]
        assertThat(rw.shape()).containsExactly(32, 128);
        INDArray gram = rw.mmul(rw.transpose());
        for (int i = 0; i < 32; i++) {
            for (int j = 0; j < 32; j++) {
                assertThat(gram.getDouble(i, j)).isCloseTo(i == j ? 1.0 : 0.0, within(1e-4));
            }
        }
        INDArray bias = net.getParam("0_b"); // gates in DL4J order: input, forget, output, cell
        assertThat(bias.getDouble(32)).isEqualTo(1.0);
        assertThat(bias.getDouble(63)).isEqualTo(1.0);
        assertThat(bias.getDouble(64)).isEqualTo(0.0);
        assertThat(bias.getDouble(0)).isEqualTo(0.0);
    }

    @Test
    void orthogonalMatrixHasOrthonormalColumnsWhenTall() {
        double[][] q = OrthogonalInit.orthogonal(6, 3, new Random(5));
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) {
                double dot = 0;
                for (int i = 0; i < 6; i++) {
                    dot += q[i][a] * q[i][b];
                }
                assertThat(dot).isCloseTo(a == b ? 1.0 : 0.0, within(1e-12));
            }
        }
    }
}
