package dev.alphabench.report.compare;

import java.util.List;

/** The comparison as GitHub-flavoured Markdown, charts linked as PNG files beside it. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(String title, List<Table> tables, List<String> chartFiles) {
        StringBuilder md = new StringBuilder("# ").append(title).append("\n");
        for (Table t : tables) {
            md.append("\n## ").append(t.title()).append("\n\n");
            if (!t.note().isEmpty()) {
                md.append(t.note()).append("\n\n");
            }
            md.append(line(t.header()));
            md.append(line(t.header().stream().map(h -> "---").toList()));
            for (List<String> row : t.rows()) {
                md.append(line(row));
            }
        }
        if (!chartFiles.isEmpty()) {
            md.append("\n## Charts\n\n");
            for (String f : chartFiles) {
                md.append("![").append(f).append("](").append(f).append(")\n");
            }
        }
        return md.toString();
    }

    private static String line(List<String> cells) {
        return ReportTables.join(cells.stream().map(s -> s.replace("|", "\\|")).toList()) + "\n";
    }
}
