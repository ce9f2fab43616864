package dev.alphabench.report.compare;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The comparison as one self-contained HTML page: the tables, and the charts embedded as PNG data. */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** @param charts file name → PNG bytes, in display order */
    public static String render(String title, List<Table> tables, Map<String, byte[]> charts) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}")
                .append("th,td{border:1px solid #bbb;padding:3px 8px;text-align:right}th{background:#eee}")
                .append("td:first-child,th:first-child{text-align:left}img{max-width:100%}\n</style>\n</head>\n<body>\n<h1>")
                .append(esc(title)).append("</h1>\n");
        for (Table t : tables) {
            h.append("<h2>").append(esc(t.title())).append("</h2>\n");
            if (!t.note().isEmpty()) {
                h.append("<p>").append(esc(t.note())).append("</p>\n");
            }
            h.append("<table>\n<tr>");
            t.header().forEach(c -> h.append("<th>").append(esc(c)).append("</th>"));
            h.append("</tr>\n");
            for (List<String> row : t.rows()) {
                h.append("<tr>");
                row.forEach(c -> h.append("<td>").append(esc(c)).append("</td>"));
                h.append("</tr>\n");
            }
            h.append("</table>\n");
        }
        if (!charts.isEmpty()) {
            h.append("<h2>Charts</h2>\n");
            charts.forEach((name, png) -> h.append("<figure><img alt=\"").append(esc(name))
                    .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                    .append("\"><figcaption>").append(esc(name)).append("</figcaption></figure>\n"));
        }
        return h.append("</body>\n</html>\n").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
