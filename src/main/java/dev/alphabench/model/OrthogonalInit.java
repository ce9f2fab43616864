package dev.alphabench.model;

import java.util.Random;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras' {@code Orthogonal} initialiser (its default for LSTM recurrent weights), which DL4J lacks:
 * QR of a Gaussian matrix, columns sign-corrected by diag(R), transposed when wider than tall.
 */
public final class OrthogonalInit implements IWeightInit {
    private final long seed;
    private transient Random random;

    public OrthogonalInit(long seed) {
        this.seed = seed;
    }

    @Override
    public INDArray init(double fanIn, double fanOut, long[] shape, char order, INDArray paramView) {
        int rows = (int) shape[0];
        int cols = (int) shape[1];
        double[][] q = orthogonal(rows, cols, random());
        INDArray values = Nd4j.create(q).castTo(paramView.dataType());
        paramView.assign(values.reshape(order, paramView.shape()));
        return paramView.reshape(order, shape);
    }

    private Random random() {
        if (random == null) {
            random = new Random(seed);
        }
        return random;
    }

    /** A rows x cols matrix with orthonormal rows (rows <= cols) or orthonormal columns. */
    public static double[][] orthogonal(int rows, int cols, Random random) {
        int tall = Math.max(rows, cols);
        int narrow = Math.min(rows, cols);
        double[][] a = new double[tall][narrow];
        for (double[] row : a) {
            for (int j = 0; j < narrow; j++) {
                row[j] = random.nextGaussian();
            }
        }
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(a, false));
        RealMatrix q = qr.getQ().getSubMatrix(0, tall - 1, 0, narrow - 1);
        RealMatrix r = qr.getR();
        for (int j = 0; j < narrow; j++) {
            double sign = Math.signum(r.getEntry(j, j));
            if (sign == 0) {
                sign = 1;
            }
            for (int i = 0; i < tall; i++) {
                q.setEntry(i, j, q.getEntry(i, j) * sign);
            }
        }
        return rows < cols ? q.transpose().getData() : q.getData();
    }
}
