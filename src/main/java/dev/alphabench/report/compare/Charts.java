package dev.alphabench.report.compare;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.Measures;
import dev.alphabench.report.Stamp;
import dev.alphabench.stats.Statistics;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;
import org.jfree.data.Range;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DatasetUtils;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Charts of a comparison (JFreeChart), each as PNG and SVG (JFreeSVG): throughput vs batch size per
 * scenario on 1-2-5 log axes, accuracy per scenario; titled with the profile and the machine.
 */
public final class Charts {
    static final int WIDTH = 800;
    static final int HEIGHT = 480;
    static final String X_LABEL = "batch size (samples per fit call, log scale)";
    static final String Y_LABEL = "throughput (samples/s, median, log scale)";
    static final String WHISKERS = "points: median over repetitions; bars: slowest to fastest repetition";
    static final String ACCURACY_LABEL = "accuracy (%, median over the scenario's cells)";

    static {
        System.setProperty("java.awt.headless", "true");
        // rotated labels (the y axis) as SVG text rather than glyph outlines
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Charts() {
    }

    /**
     * File-name suffix → bytes: one throughput chart per scenario, then the accuracy chart, each as
     * {@code .png} then {@code .svg}.
     */
    public static Map<String, byte[]> render(Comparison c) {
        Map<String, JFreeChart> charts = new LinkedHashMap<>();
        String subtitle = subtitle(c);
        throughputSeries(c).forEach((scenario, data) -> charts.put("throughput-" + scenario, throughputChart(scenario, data)));
        charts.put("accuracy", accuracyChart(c));
        Map<String, byte[]> files = new LinkedHashMap<>();
        charts.forEach((name, chart) -> {
            chart.addSubtitle(new TextTitle(subtitle, new Font(Font.SANS_SERIF, Font.PLAIN, 13)));
            files.put(name + ".png", png(chart));
            files.put(name + ".svg", svg(name, chart));
        });
        return files;
    }

    /** "profile P · machine M": the profiles and machines (CPU model, GPU name) the inputs were measured with. */
    static String subtitle(Comparison c) {
        Set<String> profiles = new LinkedHashSet<>();
        Map<String, List<String>> machines = new LinkedHashMap<>();
        for (TargetResults t : c.targets()) {
            Stamp stamp = t.any().stamp();
            profiles.add(orUnknown(stamp.get(Column.PROFILE)));
            String cpu = stamp.get(Column.CPU_MODEL).isEmpty() ? stamp.get(Column.DEVICE) : stamp.get(Column.CPU_MODEL);
            String gpu = stamp.get(Column.GPU_NAME);
            String machine = orUnknown(cpu) + (gpu.isEmpty() ? "" : " + " + gpu);
            machines.computeIfAbsent(machine, m -> new ArrayList<>()).add(t.label());
        }
        String machine = machines.size() == 1 ? machines.keySet().iterator().next()
                : machines.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                        .collect(Collectors.joining("; "));
        return "profile " + String.join(" / ", profiles) + " · machine " + machine;
    }

    private static String orUnknown(String s) {
        return s.isEmpty() ? "unknown" : s;
    }

    /** Per scenario: a series per target (and variant) of batch size → median samples/s, slowest..fastest. */
    static Map<String, YIntervalSeriesCollection> throughputSeries(Comparison c) {
        Map<String, Map<String, YIntervalSeries>> series = new LinkedHashMap<>();
        for (String key : c.keys()) {
            if (!c.inAll(key)) {
                continue;
            }
            CellSummary any = c.anyRow(key);
            Series s = Series.of(any);
            boolean variants = c.keys().stream().filter(c::inAll).map(k -> Series.of(c.anyRow(k)))
                    .filter(o -> o.scenario().equals(s.scenario())).distinct().count() > 1;
            for (int i = 0; i < c.targets().size(); i++) {
                double sps = c.throughput(key, i);
                if (Double.isNaN(sps) || sps <= 0) {
                    continue;
                }
                String name = c.targets().get(i).label() + (variants ? " (" + s.label() + ")" : "");
                YIntervalSeries line = series.computeIfAbsent(s.scenario(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(name, n -> new YIntervalSeries(n, true, false));
                Measures m = c.row(key, i).measures();
                double batch = any.cell().batchSize();
                if (line.indexOf(batch) < 0) {
                    line.add(batch, sps, orElse(m.samplesPerSecMin(), sps), orElse(m.samplesPerSecMax(), sps));
                }
            }
        }
        Map<String, YIntervalSeriesCollection> out = new LinkedHashMap<>();
        series.forEach((scenario, m) -> {
            YIntervalSeriesCollection data = new YIntervalSeriesCollection();
            m.values().forEach(data::addSeries);
            out.put(scenario, data);
        });
        return out;
    }

    private static double orElse(double value, double fallback) {
        return Double.isNaN(value) || value <= 0 ? fallback : value;
    }

    static JFreeChart throughputChart(String scenario, YIntervalSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(scenario + ": throughput vs batch size", X_LABEL, Y_LABEL,
                data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        Range x = DatasetUtils.findDomainBounds(data, false);
        Range y = DatasetUtils.findRangeBounds(data, true);
        plot.setDomainAxis(new LogAxis125(X_LABEL, x.getLowerBound(), x.getUpperBound()));
        plot.setRangeAxis(new LogAxis125(Y_LABEL, y.getLowerBound(), y.getUpperBound()));
        XYErrorRenderer lines = new XYErrorRenderer();
        lines.setDrawXError(false);
        lines.setDefaultLinesVisible(true);
        lines.setAutoPopulateSeriesStroke(false);
        lines.setDefaultStroke(new BasicStroke(2f));
        lines.setErrorStroke(new BasicStroke(1f));
        plot.setRenderer(lines);
        ChartFactory.getChartTheme().apply(chart);   // fonts of the replaced axes
        chart.addSubtitle(new TextTitle(WHISKERS, new Font(Font.SANS_SERIF, Font.PLAIN, 11), Color.DARK_GRAY,
                RectangleEdge.BOTTOM, HorizontalAlignment.CENTER, VerticalAlignment.CENTER, RectangleInsets.ZERO_INSETS));
        style(chart);
        return chart;
    }

    static JFreeChart accuracyChart(Comparison c) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < c.targets().size(); i++) {
            Map<String, List<Double>> perScenario = new LinkedHashMap<>();
            for (String key : c.keys()) {
                double acc = c.inAll(key) ? c.accuracy(key, i) : Double.NaN;
                if (!Double.isNaN(acc)) {
                    perScenario.computeIfAbsent(c.anyRow(key).cell().scenario(), k -> new ArrayList<>()).add(100 * acc);
                }
            }
            String label = c.targets().get(i).label();
            perScenario.forEach((scenario, values) -> data.addValue(
                    Statistics.median(values.stream().mapToDouble(Double::doubleValue).toArray()), label, scenario));
        }
        JFreeChart chart = ChartFactory.createBarChart("Accuracy per scenario", "scenario", ACCURACY_LABEL,
                data, PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
        BarRenderer bars = (BarRenderer) chart.getCategoryPlot().getRenderer();
        bars.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}",
                new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        bars.setDefaultItemLabelsVisible(true);
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
        Color grid = new Color(0xCCCCCC);
        if (chart.getPlot() instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(grid);
            xy.setRangeGridlinePaint(grid);
        } else {
            chart.getCategoryPlot().setRangeGridlinePaint(grid);
        }
    }

    static byte[] png(JFreeChart chart) {
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] svg(String name, JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(name + "-");   // ids unique per chart and the same on every run (not a timestamp)
        chart.draw(g, new Rectangle(WIDTH, HEIGHT));
        // a viewBox so that the chart scales with the page
        String svg = g.getSVGElement(null, true, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
