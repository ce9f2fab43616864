package dev.alphabench.tune;

import dev.alphabench.report.TextTable;
import dev.alphabench.stats.Statistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Medians per configuration and ratios to the first (reference) configuration. */
public final class Summary {
    private Summary() {
    }

    public static TextTable table(Map<Config, List<Measurement>> results, String scenario, long iterations, int warmup, int rounds) {
        TextTable t = new TextTable("configuration", "samples/s median", "min..max", "ratio vs first", "ms/iter median",
                "wall s median", "rss MB median", "rss growth", "ok");
        double reference = Double.NaN;
        for (Map.Entry<Config, List<Measurement>> e : results.entrySet()) {
            List<Measurement> ok = e.getValue().stream().filter(Measurement::ok).toList();
            double median = median(ok.stream().mapToDouble(Measurement::samplesPerSec).toArray());
            if (Double.isNaN(reference)) {
                reference = median;
            }
            double min = ok.stream().mapToDouble(Measurement::samplesPerSec).min().orElse(Double.NaN);
            double max = ok.stream().mapToDouble(Measurement::samplesPerSec).max().orElse(Double.NaN);
            t.add(e.getKey().label(), f("%.1f", median), f("%.1f", min) + ".." + f("%.1f", max), f("%.2fx", median / reference),
                    f("%.4f", median(ok.stream().mapToDouble(Measurement::msPerIteration).toArray())),
                    f("%.2f", median(ok.stream().mapToDouble(Measurement::wallSeconds).toArray())),
                    f("%.0f", median(ok.stream().mapToDouble(m -> m.rssKb() / 1024.0).toArray())),
                    growth(ok), ok.size() + "/" + e.getValue().size());
        }
        t.add(String.format(Locale.ROOT, "(%s, %d timed iterations after %d warm-up, %d interleaved rounds)",
                scenario, iterations, warmup, rounds));
        return t;
    }

    /** Median over rounds of last-checkpoint RSS / first-checkpoint RSS, as a percentage change. */
    static String growth(List<Measurement> ok) {
        double[] ratios = ok.stream().filter(m -> m.rss().size() >= 2)
                .mapToDouble(m -> (double) m.rss().get(m.rss().size() - 1)[1] / m.rss().get(0)[1]).toArray();
        return ratios.length == 0 ? "-" : f("%+.1f%%", 100 * (median(ratios) - 1));
    }

    static double median(double[] values) {
        return Statistics.median(values);
    }

    private static String f(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
