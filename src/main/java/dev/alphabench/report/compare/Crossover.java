package dev.alphabench.report.compare;

import dev.alphabench.report.compare.Speedup.Significance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Where one target overtakes another along a series, decided by the significant differences only
 * (cells whose speedup interval excludes 1); the fitted cost models only place the crossing between them.
 */
final class Crossover {
    /** One cell of the series: its batch size and the other target's speedup there. */
    record Point(int batch, Speedup speedup) {
    }

    private Crossover() {
    }

    /**
     * @param ref      the reference target's name
     * @param other    the other target's name
     * @param refFit   the reference's cost model over the series, or null
     * @param otherFit the other target's, or null
     */
    static String verdict(String ref, String other, List<Point> cells, CostModel refFit, CostModel otherFit) {
        List<Point> points = cells.stream().filter(p -> !Double.isNaN(p.speedup().ratio()))
                .sorted(Comparator.comparingInt(Point::batch)).toList();
        if (points.isEmpty()) {
            return "no cell measured by both (failed or invalid)";
        }
        List<Point> significant = points.stream().filter(p -> p.speedup().significant()).toList();
        if (points.stream().allMatch(p -> p.speedup().significance() == Significance.UNKNOWN)) {
            return "no interval (needs the raw files and 2 or more ok repetitions per cell)";
        }
        if (significant.isEmpty()) {
            return "no significant difference (batch " + batches(points) + ")";
        }
        List<List<Point>> runs = runs(significant);
        if (runs.size() == 1) {
            String winner = name(runs.get(0).get(0), ref, other);
            if (significant.size() == points.size()) {
                return winner + " faster throughout (batch " + batches(points) + ")";
            }
            List<Point> rest = points.stream().filter(p -> !p.speedup().significant()).toList();
            return winner + " faster at batch " + batches(significant) + "; no significant difference at " + batches(rest);
        }
        if (runs.size() == 2) {
            List<Point> before = runs.get(0);
            int lo = before.get(before.size() - 1).batch();
            int hi = runs.get(1).get(0).batch();
            String winner = name(runs.get(1).get(0), ref, other);
            String loser = winner.equals(other) ? ref : other;
            double x = refFit == null || otherFit == null ? Double.NaN : refFit.crossing(otherFit);
            if (x >= lo && x <= hi) {
                return String.format(Locale.ROOT, "%s overtakes %s from batch %.1f (fitted; significant differences at "
                        + "batch %d and %d)", winner, loser, x, lo, hi);
            }
            return winner + " overtakes " + loser + " between batch " + lo + " and " + hi
                    + " (significant differences; the fitted lines do not cross there)";
        }
        return "no single crossover: " + runs.stream().map(run -> name(run.get(0), ref, other) + " faster at batch "
                + batches(run)).collect(Collectors.joining("; "));
    }

    /** Consecutive points of the same direction. */
    private static List<List<Point>> runs(List<Point> significant) {
        List<List<Point>> runs = new ArrayList<>();
        for (Point p : significant) {
            if (runs.isEmpty() || runs.get(runs.size() - 1).get(0).speedup().significance() != p.speedup().significance()) {
                runs.add(new ArrayList<>());
            }
            runs.get(runs.size() - 1).add(p);
        }
        return runs;
    }

    private static String name(Point p, String ref, String other) {
        return p.speedup().significance() == Significance.FASTER ? other : ref;
    }

    private static String batches(List<Point> points) {
        return points.stream().map(p -> Integer.toString(p.batch())).distinct().collect(Collectors.joining(", "));
    }
}
