package dev.alphabench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenarios;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

class TrainingDataTest {

    @Test
    void timeStepsLayoutIsThreeStepsOfOneFeature() {
        TrainingData d = Scenarios.TIMESTEP_WINDOW.data(1);
        INDArray x = d.all().getFeatures();
        assertThat(x.shape()).containsExactly(23, 1, 3);
        // 'ABC' -> codes 0, 1, 2 normalised by 26, one per time step
        assertThat(x.getFloat(0, 0, 0)).isEqualTo(0f);
        assertThat(x.getFloat(0, 0, 1)).isCloseTo(1 / 26f, within(1e-7f));
        assertThat(x.getFloat(0, 0, 2)).isCloseTo(2 / 26f, within(1e-7f));
        assertThat(x.getFloat(22, 0, 2)).isCloseTo(24 / 26f, within(1e-7f));
        assertThat(d.all().getLabels().shape()).containsExactly(23, 26);
    }

    @Test
    void featuresLayoutIsOneStepOfThreeFeatures() {
        TrainingData d = Scenarios.FEATURE_WINDOW.data(1);
        INDArray x = d.all().getFeatures();
        assertThat(x.shape()).containsExactly(23, 3, 1);
        assertThat(x.getFloat(1, 0, 0)).isCloseTo(1 / 26f, within(1e-7f));
        assertThat(x.getFloat(1, 1, 0)).isCloseTo(2 / 26f, within(1e-7f));
        assertThat(x.getFloat(1, 2, 0)).isCloseTo(3 / 26f, within(1e-7f));
    }

    @Test
    void labelsAreOneHotOfTheNextLetter() {
        TrainingData d = Scenarios.TIMESTEP_WINDOW.data(1);
        INDArray y = d.all().getLabels();
        assertThat(y.sumNumber().intValue()).isEqualTo(23);
        assertThat(y.getFloat(0, 3)).isEqualTo(1f); // ABC -> D
        assertThat(y.getRow(0).sumNumber().floatValue()).isEqualTo(1f);
        assertThat(d.targets()[22]).isEqualTo(25); // WXY -> Z
    }

    @Test
    void variableLengthIsPrePaddedWithZerosAsTheTutorial() {
        TrainingData d = Scenarios.VARIABLE_LENGTH.withSequences(200).data(5);
        INDArray x = d.all().getFeatures();
        assertThat(x.shape()).containsExactly(200, 1, 5);
        assertThat(d.all().getFeaturesMaskArray()).isNull();
        for (int i = 0; i < 200; i++) {
            int[] in = d.examples().get(i).input();
            int pad = 5 - in.length;
            for (int t = 0; t < pad; t++) {
                assertThat(x.getFloat(i, 0, t)).isZero();
            }
            assertThat(x.getFloat(i, 0, 4)).isCloseTo(in[in.length - 1] / 26f, within(1e-7f));
        }
    }

    @Test
    void maskedLayoutMarksOnlyRealSteps() {
        TrainingData d = Scenarios.VARIABLE_LENGTH.withSequences(100).withLayout(Layout.MASKED).data(5);
        INDArray mask = d.all().getFeaturesMaskArray();
        assertThat(mask.shape()).containsExactly(100, 5);
        for (int i = 0; i < 100; i++) {
            int len = d.examples().get(i).input().length;
            assertThat(mask.getRow(i).sumNumber().intValue()).isEqualTo(len);
            assertThat(mask.getFloat(i, 4)).isEqualTo(1f);
            assertThat(mask.getFloat(i, 4 - len + 1)).isEqualTo(1f);
            if (len < 5) {
                assertThat(mask.getFloat(i, 4 - len)).isZero();
            }
        }
    }

    @Test
    void statefulIsOneSequenceOfTwentyFiveSteps() {
        TrainingData d = Scenarios.STATEFUL.data(1);
        assertThat(d.all().getFeatures().shape()).containsExactly(1, 1, 25);
        assertThat(d.all().getLabels().shape()).containsExactly(1, 26, 25);
        assertThat(d.all().getLabels().getFloat(0, 1, 0)).isEqualTo(1f); // A -> B at step 0
        assertThat(d.all().getLabels().getFloat(0, 25, 24)).isEqualTo(1f); // Y -> Z at step 24
        assertThat(d.epoch(new Random(1))).hasSize(1);
    }

    @Test
    void epochsShuffleWithTheSeedAndKeepEverySample() {
        TrainingData d = Scenarios.TIMESTEP_WINDOW.withBatchSize(5).data(1);
        List<DataSet> a = d.epoch(new Random(42));
        List<DataSet> b = d.epoch(new Random(42));
        assertThat(a).hasSize(5);
        assertThat(a.stream().mapToLong(ds -> ds.getFeatures().size(0)).sum()).isEqualTo(23);
        assertThat(a.get(4).getFeatures().size(0)).isEqualTo(3); // last partial batch, as Keras
        assertThat(a.get(0).getFeatures()).isEqualTo(b.get(0).getFeatures());
    }

    @Test
    void unshuffledBatchesKeepTheAlphabetOrder() {
        TrainingData d = Scenarios.BATCH_STATE.data(1);
        List<DataSet> batches = d.epoch(new Random(1));
        assertThat(batches).hasSize(1);
        assertThat(batches.get(0).getFeatures().getFloat(24, 0, 0)).isCloseTo(24 / 26f, within(1e-7f));
    }
}
