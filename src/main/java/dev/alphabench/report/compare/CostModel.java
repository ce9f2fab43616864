package dev.alphabench.report.compare;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Time per iteration as a fixed cost plus a marginal cost per sample, fitted by least squares over
 * a batch-size sweep: {@code ms = fixed + marginal × batch}. Throughput is then
 * {@code batch / ms}, so the fit says where each target's time goes and where one overtakes another.
 */
public record CostModel(double fixedMs, double marginalMs, double r2, int points, int minBatch, int maxBatch) {

    /** One measured cell: batch size and median milliseconds per iteration. */
    public record Point(int batchSize, double msPerIteration) {
    }

    /** Fits the points; null when fewer than two distinct batch sizes were measured. */
    public static CostModel fit(List<Point> points) {
        List<Point> usable = points.stream().filter(p -> Double.isFinite(p.msPerIteration())).toList();
        if (usable.stream().map(Point::batchSize).distinct().count() < 2) {
            return null;
        }
        SimpleRegression reg = new SimpleRegression(true);
        for (Point p : usable) {
            reg.addData(p.batchSize(), p.msPerIteration());
        }
        int min = usable.stream().mapToInt(Point::batchSize).min().orElseThrow();
        int max = usable.stream().mapToInt(Point::batchSize).max().orElseThrow();
        return new CostModel(reg.getIntercept(), reg.getSlope(), reg.getRSquare(), usable.size(), min, max);
    }

    public double msPerIteration(double batch) {
        return fixedMs + marginalMs * batch;
    }

    public double samplesPerSecond(double batch) {
        return 1000 * batch / msPerIteration(batch);
    }

    /** The batch size where the two lines cross (NaN or infinite when they are parallel). */
    public double crossing(CostModel other) {
        return (fixedMs - other.fixedMs) / (other.marginalMs - marginalMs);
    }

    /**
     * Where {@code other} becomes faster than this target within the batch sizes both measured:
     * "other faster throughout", "other faster from batch N", "other faster up to batch N", or
     * "never in the measured range" (worded with the given names).
     */
    public String overtake(String name, CostModel other, String otherName) {
        int lo = Math.max(minBatch, other.minBatch);
        int hi = Math.min(maxBatch, other.maxBatch);
        if (lo > hi) {
            return "no common batch sizes";
        }
        boolean fasterLo = other.msPerIteration(lo) < msPerIteration(lo);
        boolean fasterHi = other.msPerIteration(hi) < msPerIteration(hi);
        if (fasterLo && fasterHi) {
            return otherName + " faster throughout (batch " + lo + ".." + hi + ")";
        }
        if (!fasterLo && !fasterHi) {
            return otherName + " never overtakes " + name + " in the measured range (batch " + lo + ".." + hi + ")";
        }
        String at = String.format(Locale.ROOT, "%.1f", crossing(other));
        return fasterHi
                ? otherName + " overtakes " + name + " from batch " + at
                : name + " overtakes " + otherName + " from batch " + at;
    }
}
