package dev.alphabench.report.compare;

import java.util.List;

/** The comparison as one HTML page: the tables, and the charts as the SVG files beside it. */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** @param svgFiles the SVG charts' file names, relative to the page, in display order */
    public static String render(String title, List<Table> tables, List<String> svgFiles) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n")
                .append("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:1em}")
                .append("th,td{border:1px solid #bbb;padding:3px 8px;text-align:right}th{background:#eee}")
                .append("td:first-child,th:first-child{text-align:left}img{max-width:100%;height:auto}\n</style>\n</head>\n<body>\n<h1>")
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
        if (!svgFiles.isEmpty()) {
            h.append("<h2>Charts</h2>\n");
            svgFiles.forEach(svg -> h.append("<figure><img alt=\"").append(esc(svg)).append("\" src=\"").append(esc(svg))
                    .append("\" width=\"").append(Charts.WIDTH).append("\" height=\"").append(Charts.HEIGHT)
                    .append("\"></figure>\n"));
        }
        return h.append("</body>\n</html>\n").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
