package dev.alphabench.measure;

/**
 * A fixed CPU workload timed beside every measured repetition, so throughput can be normalised by
 * how much CPU this process actually got. It is plain Java (a small matrix product), independent of
 * ND4J and of the code under test: a slowdown in the harness or the backend does not slow it down.
 */
public final class Calibration {
    private static final int N = 48;
    private static final int PRODUCTS = 400;
    private static volatile double sink;

    static {
        for (int i = 0; i < 5; i++) {
            measure();
        }
    }

    private Calibration() {
    }

    /** Matrix products per second (48×48 doubles), timed now. */
    public static double measure() {
        double[] a = new double[N * N];
        double[] b = new double[N * N];
        double[] c = new double[N * N];
        for (int i = 0; i < a.length; i++) {
            a[i] = (i % 7) * 0.5;
            b[i] = (i % 5) * 0.25;
        }
        long start = System.nanoTime();
        for (int p = 0; p < PRODUCTS; p++) {
            multiply(a, b, c);
            a[p % a.length] = c[(p * 31) % c.length] * 1e-6;
        }
        long elapsed = System.nanoTime() - start;
        sink = c[0];
        return PRODUCTS / (elapsed / 1e9);
    }

    private static void multiply(double[] a, double[] b, double[] c) {
        java.util.Arrays.fill(c, 0);
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < N; k++) {
                double aik = a[i * N + k];
                for (int j = 0; j < N; j++) {
                    c[i * N + j] += aik * b[k * N + j];
                }
            }
        }
    }
}
