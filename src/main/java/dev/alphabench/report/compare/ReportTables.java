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
        for (String part : row.stamp().get(Column.SETTINGS).split(" ")) {
            if (part.startsWith("lstm=")) {
                return part.substring("lstm=".length());
            }
        }
        return "dl4j";
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
                "Median samples/s over repetitions, with the fastest and slowest repetition; speedup = throughput / "
                        + ref + "; accuracy is the median over seeds, its difference in percentage points.", header);
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
                row.add(fmt(c.speedup(key, i), "%.2fx"));
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

    /** Cost models per target and series, fitted over the ok cells that every target measured. */
    public Map<Series, List<CostModel>> models() {
        Map<Series, List<List<CostModel.Point>>> points = new LinkedHashMap<>();
        for (String key : c.keys()) {
            if (!c.inAll(key)) {
                continue;
            }
            List<List<CostModel.Point>> perTarget = points.computeIfAbsent(Series.of(c.anyRow(key)), s -> {
                List<List<CostModel.Point>> lists = new ArrayList<>();
                c.targets().forEach(t -> lists.add(new ArrayList<>()));
                return lists;
            });
            for (int i = 0; i < c.targets().size(); i++) {
                CellSummary r = c.row(key, i);
                if (r.ok()) {
                    perTarget.get(i).add(new CostModel.Point(r.cell().batchSize(), r.measures().msPerIteration()));
                }
            }
        }
        Map<Series, List<CostModel>> models = new LinkedHashMap<>();
        points.forEach((s, lists) -> models.put(s, lists.stream().map(CostModel::fit).toList()));
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
                    t.add(List.of(series.label(), label, "-", "-", "-", "-", "not fitted (one batch size)"));
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
                "From the fitted cost models, within the batch sizes both targets measured (trust it only where both fits are good).",
                List.of("series", "reference", "other", "verdict"));
        String ref = c.targets().get(0).label();
        models().forEach((series, fits) -> {
            for (int i = 1; i < fits.size(); i++) {
                String other = c.targets().get(i).label();
                String verdict = fits.get(0) == null || fits.get(i) == null
                        ? "not fitted (one batch size)" : fits.get(0).overtake(ref, fits.get(i), other);
                t.add(List.of(series.label(), ref, other, verdict));
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
