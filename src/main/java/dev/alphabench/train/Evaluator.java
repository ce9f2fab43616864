package dev.alphabench.train;

import dev.alphabench.backend.PointerGc;
import dev.alphabench.data.TrainingData;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/** Accuracy and loss on the training data, as the tutorial evaluates them. */
public final class Evaluator {
    private Evaluator() {
    }

    /** The predicted class of every sample, in the order of {@link TrainingData#all()}. */
    public static int[] predictions(MultiLayerNetwork net, TrainingData data) {
        return PointerGc.call(() -> {
            DataSet all = data.all();
            net.rnnClearPreviousState();
            INDArray out = net.output(all.getFeatures(), false, all.getFeaturesMaskArray(), null);
            // a sequence kind: [1, 26, steps] -> one prediction per step; otherwise [samples, 26]
            return (out.rank() == 3 ? out.argMax(1).reshape(-1) : out.argMax(1)).toIntVector();
        });
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
}
