package dev.alphabench.report.compare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes NAME.md, NAME.csv, NAME.html and the NAME-*.png charts of a comparison. */
public final class ComparisonReport {
    private ComparisonReport() {
    }

    public static String title(Comparison c) {
        return "alphabench comparison: " + c.targets().stream().map(TargetResults::label).collect(Collectors.joining(" vs "));
    }

    /** Writes every file; returns their paths (md, csv, html, then the charts). */
    public static List<Path> write(Comparison c, Path base) {
        Path dir = base.toAbsolutePath().getParent();
        String name = base.getFileName().toString();
        List<Table> tables = new ReportTables(c).all();
        Map<String, byte[]> charts = new LinkedHashMap<>();
        Charts.render(c).forEach((suffix, png) -> charts.put(name + "-" + suffix, png));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            written.add(Files.writeString(dir.resolve(name + ".md"),
                    MarkdownReport.render(title(c), tables, List.copyOf(charts.keySet())), StandardCharsets.UTF_8));
            written.add(Files.writeString(dir.resolve(name + ".csv"), ComparisonCsv.render(c), StandardCharsets.UTF_8));
            written.add(Files.writeString(dir.resolve(name + ".html"), HtmlReport.render(title(c), tables, charts),
                    StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> chart : charts.entrySet()) {
                written.add(Files.write(dir.resolve(chart.getKey()), chart.getValue()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + base + ": " + e.getMessage(), e);
        }
        return written;
    }
}
