package dev.alphabench.report.compare;

import dev.alphabench.report.ResultFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The output formats of a comparison, each writing files named after the base path. */
public enum ReportFormat implements ResultFormat<ComparisonReport> {
    /** base.md: the tables, with the PNG charts as images beside it. */
    MD((r, base) -> List.of(write(base, ".md",
            MarkdownReport.render(r.title(), r.tables(), List.copyOf(r.charts(".png").keySet())).getBytes(StandardCharsets.UTF_8)))),
    /** base.csv: one line per cell and target. */
    CSV((r, base) -> List.of(write(base, ".csv", ComparisonCsv.render(r.comparison()).getBytes(StandardCharsets.UTF_8)))),
    /** base.html: the tables, showing the SVG charts it writes beside it. */
    HTML((r, base) -> {
        List<Path> written = new ArrayList<>();
        written.add(write(base, ".html", HtmlReport.render(r.title(), r.tables(), List.copyOf(r.charts(".svg").keySet()))
                .getBytes(StandardCharsets.UTF_8)));
        r.charts(".svg").forEach((file, svg) -> written.add(write(base.resolveSibling(file), "", svg)));
        return written;
    }),
    /** base-*.png and base-*.svg: the charts. */
    CHARTS((r, base) -> r.charts().entrySet().stream()
            .map(chart -> write(base.resolveSibling(chart.getKey()), "", chart.getValue())).toList());

    private final ResultFormat<ComparisonReport> writer;

    ReportFormat(ResultFormat<ComparisonReport> writer) {
        this.writer = writer;
    }

    @Override
    public List<Path> write(ComparisonReport report, Path base) {
        return writer.write(report, base);
    }

    private static Path write(Path base, String extension, byte[] content) {
        try {
            Files.createDirectories(base.toAbsolutePath().getParent());
            return Files.write(base.resolveSibling(base.getFileName() + extension), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + base + ": " + e.getMessage(), e);
        }
    }
}
