package dev.alphabench.train;

import dev.alphabench.backend.PointerGc;
import dev.alphabench.data.Alphabet;
import dev.alphabench.data.TrainingData;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Accuracy and loss on the training data (as the tutorial evaluates), and free-running generation. */
public final class Evaluator {
    private Evaluator() {
    }

    /** The predicted class of every sample, in the order of {@link TrainingData#all()}. */
    public static int[] predictions(MultiLayerNetwork net, TrainingData data) {
        return PointerGc.call(() -> predictionsInScope(net, data));
    }

    private static int[] predictionsInScope(MultiLayerNetwork net, TrainingData data) {
        DataSet all = data.all();
        net.rnnClearPreviousState();
        INDArray out = net.output(all.getFeatures(), false, all.getFeaturesMaskArray(), null);
        // stateful: [1, 26, steps] -> one prediction per step; otherwise [samples, 26]
        INDArray classes = out.rank() == 3 ? out.argMax(1).reshape(-1) : out.argMax(1);
        int[] result = new int[(int) classes.length()];
        for (int i = 0; i < result.length; i++) {
            result[i] = classes.getInt(i);
        }
        return result;
    }

    public static double accuracy(MultiLayerNetwork net, TrainingData data) {
        int[] predicted = predictions(net, data);
        int[] targets = data.targets();
        int correct = 0;
        for (int i = 0; i < targets.length; i++) {
            if (predicted[i] == targets[i]) {
                correct++;
            }
        }
        return correct / (double) targets.length;
    }

    /** Mean loss over all samples (masks honoured), without training. */
    public static double loss(MultiLayerNetwork net, TrainingData data) {
        return PointerGc.call(() -> {
            net.rnnClearPreviousState();
            return net.score(data.all(), false);
        });
    }

    /**
     * Feeds {@code start}, then each prediction back in, carrying the LSTM state from step to step
     * (the tutorial's demonstration for the stateful model). Returns e.g. "A->B->C".
     */
    public static String generate(MultiLayerNetwork net, char start, int steps) {
        return PointerGc.call(() -> generateInScope(net, start, steps));
    }

    private static String generateInScope(MultiLayerNetwork net, char start, int steps) {
        net.rnnClearPreviousState();
        List<String> letters = new ArrayList<>();
        int code = Alphabet.code(start);
        letters.add(String.valueOf(start));
        for (int i = 0; i < steps; i++) {
            INDArray x = Nd4j.scalar(Alphabet.normalise(code)).reshape(1, 1, 1);
            INDArray out = net.rnnTimeStep(x);
            code = out.reshape(-1).argMax(0).getInt(0);
            letters.add(String.valueOf(Alphabet.letter(code)));
        }
        net.rnnClearPreviousState();
        return String.join("->", letters);
    }
}
