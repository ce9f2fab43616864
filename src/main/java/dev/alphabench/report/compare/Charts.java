package dev.alphabench.report.compare;

import dev.alphabench.report.CellSummary;
import dev.alphabench.stats.Statistics;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** PNG charts of a comparison (JFreeChart): throughput vs batch size per scenario, accuracy per scenario. */
public final class Charts {
    static final int WIDTH = 800;
    static final int HEIGHT = 480;

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Charts() {
    }

    /** File-name suffix → PNG bytes: one throughput chart per scenario, then the accuracy chart. */
    public static Map<String, byte[]> render(Comparison c) {
        Map<String, byte[]> charts = new LinkedHashMap<>();
        Map<String, XYSeriesCollection> byScenario = throughputSeries(c);
        byScenario.forEach((scenario, data) -> charts.put("throughput-" + scenario + ".png", png(throughputChart(scenario, data))));
        charts.put("accuracy.png", png(accuracyChart(c)));
        return charts;
    }

    static Map<String, XYSeriesCollection> throughputSeries(Comparison c) {
        Map<String, Map<String, XYSeries>> series = new LinkedHashMap<>();
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
                series.computeIfAbsent(s.scenario(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(name, n -> new XYSeries(n, true, false))
                        .addOrUpdate(any.cell().batchSize(), sps);
            }
        }
        Map<String, XYSeriesCollection> out = new LinkedHashMap<>();
        series.forEach((scenario, m) -> {
            XYSeriesCollection data = new XYSeriesCollection();
            m.values().forEach(data::addSeries);
            out.put(scenario, data);
        });
        return out;
    }

    static JFreeChart throughputChart(String scenario, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(scenario + ": throughput vs batch size", "batch size",
                "samples/s (median)", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        LogAxis x = new LogAxis("batch size (log)");
        x.setBase(2);
        x.setTickUnit(new NumberTickUnit(1.0));   // one tick per power of two
        x.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        x.setRange(data.getDomainLowerBound(false) / 1.5, data.getDomainUpperBound(false) * 1.5);
        LogAxis y = new LogAxis("samples/s (median, log)");
        y.setNumberFormatOverride(new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        y.setRange(data.getRangeLowerBound(false) / 2, data.getRangeUpperBound(false) * 2);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setRenderer(new XYLineAndShapeRenderer(true, true));
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
        JFreeChart chart = ChartFactory.createBarChart("Accuracy per scenario (median over its cells)", "scenario",
                "accuracy %", data, PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().getRangeAxis().setRange(0, 100);
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getPlot().setBackgroundPaint(Color.WHITE);
    }

    static byte[] png(JFreeChart chart) {
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(WIDTH, HEIGHT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
