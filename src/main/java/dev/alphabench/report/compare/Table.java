package dev.alphabench.report.compare;

import java.util.ArrayList;
import java.util.List;

/** A titled table of text, rendered to Markdown and HTML alike. */
public record Table(String title, String note, List<String> header, List<List<String>> rows) {
    public Table(String title, String note, List<String> header) {
        this(title, note, List.copyOf(header), new ArrayList<>());
    }

    public Table add(List<String> row) {
        rows.add(List.copyOf(row));
        return this;
    }
}
