package dev.alphabench.report;

import java.util.EnumMap;
import java.util.Locale;
import java.util.StringJoiner;

/** One CSV row: text per column, numbers always formatted with {@link Locale#ROOT}. */
public final class Row {
    private final EnumMap<Column, String> values = new EnumMap<>(Column.class);

    public Row put(Column c, String value) {
        values.put(c, value == null ? "" : value);
        return this;
    }

    public Row put(Column c, long value) {
        return put(c, Long.toString(value));
    }

    public Row put(Column c, double value) {
        return put(c, format(value));
    }

    public Row putAll(Row other) {
        values.putAll(other.values);
        return this;
    }

    public String get(Column c) {
        return values.getOrDefault(c, "");
    }

    /** The column as a number; NaN when empty or "NaN". */
    public double number(Column c) {
        String v = get(c);
        if (v.isEmpty()) {
            return Double.NaN;
        }
        return Double.parseDouble(v);
    }

    public int integer(Column c) {
        return Integer.parseInt(get(c));
    }

    /** The cell this row measured: scenario, layout, window, units, batch size, epochs, sequences. */
    public String cellKey() {
        StringJoiner key = new StringJoiner("|");
        for (Column c : Column.CELL_KEY) {
            key.add(get(c));
        }
        return key.toString();
    }

    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.6g", value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && r.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
