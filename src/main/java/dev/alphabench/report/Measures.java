package dev.alphabench.report;

/**
 * The measured columns of a repetition or of a cell summary, in file order; NaN where nothing was
 * measured (an empty field). For a repetition the min and max equal the value.
 */
public record Measures(double samples, double iterations, double warmupIterations, double warmupSeconds,
                       double samplesPerSec, double samplesPerSecMin, double samplesPerSecMax, double scoreError,
                       double msPerIteration, double trainSeconds, double gpuMemoryUsedMb, double calibrationPerSec,
                       double cpuShare, double threadCpuShare, double secondsToTarget, double epochsToTarget,
                       double initialLoss, double finalLoss, double accuracy, double accuracyMin, double accuracyMax) {
    private static final double N = Double.NaN;
    public static final Measures NONE = new Measures(N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N, N);
}
