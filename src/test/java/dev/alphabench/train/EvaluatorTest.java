package dev.alphabench.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.data.TrainingData;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import dev.alphabench.settings.Settings;
import java.util.Arrays;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;

/** Accuracy is the share of samples whose predicted class is the target, computed from known predictions. */
class EvaluatorTest {

    /** A network whose every parameter is 0 but one output bias: it predicts {@code letter} for every input. */
    static MultiLayerNetwork alwaysPredicts(Scenario s, int letter) {
        MultiLayerNetwork net = s.network(1, Settings.defaults());
        net.params().assign(0);
        net.getOutputLayer().getParam("b").putScalar(letter, 5.0);
        return net;
    }

    @Test
    void aNetworkThatAlwaysPredictsOneLetterScoresThatLettersShare() {
        for (Scenario s : new Scenario[] {Scenarios.ONE_CHAR, Scenarios.TIMESTEP_WINDOW, Scenarios.STATEFUL}) {
            TrainingData data = s.data(1);
            int[] targets = data.targets();
            int letter = targets[targets.length / 2];
            long hits = Arrays.stream(targets).filter(t -> t == letter).count();
            MultiLayerNetwork net = alwaysPredicts(s, letter);
            assertThat(Evaluator.predictions(net, data)).as(s.id()).hasSize(targets.length).containsOnly(letter);
            assertThat(Evaluator.accuracy(net, data)).as(s.id()).isEqualTo(hits / (double) targets.length).isLessThan(0.1);
            // 'A' is never a target (nothing precedes it): nothing right
            assertThat(Evaluator.accuracy(alwaysPredicts(s, 0), data)).as(s.id()).isEqualTo(0.0);
        }
    }

    @Test
    void anUntrainedNetworkIsNearChanceAndAccuracyAgreesWithItsPredictions() {
        Scenario s = Scenarios.TIMESTEP_WINDOW;
        TrainingData data = s.data(1);
        MultiLayerNetwork net = s.network(7, Settings.defaults());
        int[] predicted = Evaluator.predictions(net, data);
        int[] targets = data.targets();
        long correct = java.util.stream.IntStream.range(0, targets.length).filter(i -> predicted[i] == targets[i]).count();
        double accuracy = Evaluator.accuracy(net, data);
        assertThat(accuracy).isEqualTo(correct / (double) targets.length).isLessThan(0.5);
    }
}
