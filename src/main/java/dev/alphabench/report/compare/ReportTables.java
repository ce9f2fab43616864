package dev.alphabench.report.compare;

import dev.alphabench.report.CellSpec;
import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The tables of a comparison report, shared by the Markdown and HTML writers. */
public final class ReportTables {
    /** Below this R² the linear cost model explains too little to trust its parameters. */
    static final double POOR_FIT = 0.8;
    private final Comparison c;

    public ReportTables(Comparison comparison) {
        this.c = comparison;
    }

    public List<Table> all() {
        List<Table> tables = new ArrayList<>(List.of(inputs(), cells(), costModels(), overtakes()));
        Table partial = partial();
        if (!partial.rows().isEmpty()) {
            tables.add(partial);
        }
        return tables;
    }

    Table inputs() {
        String note = "The first target is the reference for speedups and accuracy differences.";
        Map<String, String> lstm = new LinkedHashMap<>();
        c.targets().forEach(r -> lstm.put(r.label(), lstm(r.any())));
        if (lstm.values().stream().distinct().count() > 1) {
            note += " The targets trained different LSTM implementations ("
                    + lstm.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))
                    + "), so their speedups compare the implementations as well as the hardware; for like with like,"
                    + " run both with the same -Dalphabench.lstm (the stateful scenario always uses DL4J's layer).";
        }
        List<String> noRaw = c.targets().stream().filter(r -> r.raw() == null).map(TargetResults::label).toList();
        if (!noRaw.isEmpty()) {
            note += " No raw file (NAME-raw.csv beside the summary) for " + String.join(", ", noRaw)
                    + ": speedups against it have no interval.";
        }
        Table t = new Table("Inputs", note,
                List.of("target", "file", "run", "backend", "blas", "threads", "device", "lstm", "cells"));
        for (TargetResults r : c.targets()) {
            var any = r.any().stamp();
            t.add(List.of(r.label(), r.file().getFileName().toString(), any.get(Column.RUN_ID), any.get(Column.BACKEND),
                    any.get(Column.BLAS), any.get(Column.THREADS), any.get(Column.DEVICE), lstm.get(r.label()),
                    Integer.toString(r.cells().size())));
        }
        return t;
    }

    /** The LSTM implementation recorded in a row's settings ({@code lstm=…}); rows from before it was recorded used DL4J's. */
    static String lstm(CellSummary row) {
        return Series.recordedLstm(row);
    }

    public Table cells() {
        List<String> header = new ArrayList<>(List.of("scenario", "layout", "window", "units", "batch", "epochs"));
        String ref = c.targets().get(0).label();
        for (TargetResults t : c.targets()) {
            header.add(t.label() + " samples/s (min..max)");
        }
        for (int i = 1; i < c.targets().size(); i++) {
            header.add(c.targets().get(i).label() + " / " + ref);
        }
        for (TargetResults t : c.targets()) {
            header.add(t.label() + " accuracy");
        }
        for (int i = 1; i < c.targets().size(); i++) {
            header.add("Δ accuracy " + c.targets().get(i).label());
        }
        Table table = new Table("Throughput and accuracy per cell",
                "Median samples/s over repetitions, with the slowest and fastest repetition; speedup = throughput / "
                        + ref + " with its 95% interval [low..high] (bootstrap over the repetitions of both targets); "
                        + "~ marks a difference within noise (the interval contains 1). Accuracy is the median over seeds, "
                        + "its difference in percentage points.", header);
        for (String key : c.keys()) {
            if (!c.inAll(key)) {
                continue;
            }
            CellSpec any = c.anyRow(key).cell();
            List<String> row = new ArrayList<>(List.of(any.scenario(), any.layout(), str(any.window()),
                    str(any.hiddenUnits()), str(any.batchSize()), str(any.epochs())));
            for (int i = 0; i < c.targets().size(); i++) {
                row.add(throughputCell(c.row(key, i)));
            }
            for (int i = 1; i < c.targets().size(); i++) {
                row.add(c.speedupInterval(key, i).text());
            }
            for (int i = 0; i < c.targets().size(); i++) {
                row.add(fmt(100 * c.accuracy(key, i), "%.1f%%"));
            }
            for (int i = 1; i < c.targets().size(); i++) {
                row.add(fmt(100 * (c.accuracy(key, i) - c.accuracy(key, 0)), "%+.1f pp"));
            }
            table.add(row);
        }
        return table;
    }

    /** The cells every target measured, grouped by series (batch-size sweep), in file order. */
    public Map<Series, List<String>> series() {
        Map<Series, List<String>> series = new LinkedHashMap<>();
        c.keys().stream().filter(c::inAll).forEach(key -> series.computeIfAbsent(Series.of(c.anyRow(key)), s -> new ArrayList<>()).add(key));
        return series;
    }

    /** Cost models per target and series, fitted over the ok cells that every target measured. */
    public Map<Series, List<CostModel>> models() {
        Map<Series, List<CostModel>> models = new LinkedHashMap<>();
        series().forEach((s, keys) -> {
            List<CostModel> fits = new ArrayList<>();
            for (int i = 0; i < c.targets().size(); i++) {
                List<CostModel.Point> points = new ArrayList<>();
                for (String key : keys) {
                    CellSummary r = c.row(key, i);
                    if (r.ok()) {
                        points.add(new CostModel.Point(r.cell().batchSize(), r.measures().msPerIteration()));
                    }
                }
                fits.add(CostModel.fit(points));
            }
            models.put(s, fits);
        });
        return models;
    }

    Table costModels() {
        Table t = new Table("Cost model per target",
                "Least-squares fit over the batch-size sweep: ms per iteration = fixed + marginal × batch size. "
                        + "Series with fewer than two batch sizes are not fitted; R² below 0.8 is marked as a poor fit.",
                List.of("series", "target", "points", "batch sizes", "fixed ms/iter", "marginal ms/sample", "R²"));
        models().forEach((series, fits) -> {
            for (int i = 0; i < fits.size(); i++) {
                CostModel m = fits.get(i);
                String label = c.targets().get(i).label();
                if (m == null) {
                    t.add(List.of(series.label(), label, "-", "-", "-", "-", "not fitted (fewer than two batch sizes)"));
                } else {
                    t.add(List.of(series.label(), label, Integer.toString(m.points()), m.minBatch() + ".." + m.maxBatch(),
                            fmt(m.fixedMs(), "%.3f"), fmt(m.marginalMs(), "%.4f"),
                            fmt(m.r2(), "%.3f") + (m.r2() < POOR_FIT ? " (poor fit: noisy or not linear)" : "")));
                }
            }
        });
        return t;
    }

    Table overtakes() {
        Table t = new Table("Where one target overtakes another",
                "From the cells whose speedup is significant (interval excluding 1) only; where the faster target changes "
                        + "once along the batch sizes, the fitted cost models place the crossing between those cells.",
                List.of("series", "reference", "other", "verdict"));
        String ref = c.targets().get(0).label();
        Map<Series, List<CostModel>> models = models();
        series().forEach((series, keys) -> {
            List<CostModel> fits = models.get(series);
            for (int i = 1; i < c.targets().size(); i++) {
                int target = i;
                List<Crossover.Point> points = keys.stream()
                        .map(k -> new Crossover.Point(c.anyRow(k).cell().batchSize(), c.speedupInterval(k, target))).toList();
                String other = c.targets().get(i).label();
                t.add(List.of(series.label(), ref, other, Crossover.verdict(ref, other, points, fits.get(0), fits.get(i))));
            }
        });
        return t;
    }

    Table partial() {
        Table t = new Table("Cells not in every input", "Listed, not compared.",
                List.of("scenario", "layout", "window", "units", "batch", "epochs", "sequences", "present in", "missing from"));
        for (String key : c.partialKeys()) {
            CellSpec any = c.anyRow(key).cell();
            List<String> present = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < c.targets().size(); i++) {
                (c.row(key, i) != null ? present : missing).add(c.targets().get(i).label());
            }
            t.add(List.of(any.scenario(), any.layout(), str(any.window()), str(any.hiddenUnits()), str(any.batchSize()),
                    str(any.epochs()), str(any.sequences()), String.join(", ", present), String.join(", ", missing)));
        }
        return t;
    }

    private static String throughputCell(CellSummary r) {
        if (!r.ok()) {
            return r.status().id();
        }
        return fmt(r.measures().samplesPerSec(), "%.1f") + " (" + fmt(r.measures().samplesPerSecMin(), "%.1f")
                + ".." + fmt(r.measures().samplesPerSecMax(), "%.1f") + ")";
    }

    private static String str(int v) {
        return Integer.toString(v);
    }

    static String fmt(double v, String pattern) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, pattern, v);
    }

    static String join(List<String> parts) {
        return parts.stream().collect(Collectors.joining(" | ", "| ", " |"));
    }
}
