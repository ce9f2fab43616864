package dev.alphabench.report.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A comparison rendered once (title, tables, charts as {@code NAME-suffix.png} and {@code .svg} → bytes),
 * for every {@link ReportFormat} to write.
 */
public record ComparisonReport(Comparison comparison, String title, List<Table> tables, Map<String, byte[]> charts) {

    public static ComparisonReport of(Comparison c, String name) {
        Map<String, byte[]> charts = new LinkedHashMap<>();
        Charts.render(c).forEach((suffix, png) -> charts.put(name + "-" + suffix, png));
        return new ComparisonReport(c, title(c), new ReportTables(c).all(), charts);
    }

    /** The chart files with the given extension ({@code ".png"}, {@code ".svg"}), in display order. */
    public Map<String, byte[]> charts(String extension) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        charts.forEach((file, bytes) -> {
            if (file.endsWith(extension)) {
                out.put(file, bytes);
            }
        });
        return out;
    }

    public static String title(Comparison c) {
        return "alphabench comparison: " + c.targets().stream().map(TargetResults::label).collect(Collectors.joining(" vs "));
    }

    /** Writes every format, in {@link ReportFormat} order; returns the paths (md, csv, html, then the charts), each once. */
    public static List<Path> write(Comparison c, Path base) {
        return write(c, base, List.of(ReportFormat.values()));
    }

    public static List<Path> write(Comparison c, Path base, List<ReportFormat> formats) {
        Path absolute = base.toAbsolutePath();
        ComparisonReport report = of(c, absolute.getFileName().toString());
        List<Path> written = new ArrayList<>();
        formats.forEach(f -> written.addAll(f.write(report, absolute)));
        return written.stream().distinct().toList();
    }
}
