package dev.alphabench.report;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The text columns of a run and its environment ({@code run_id} .. {@code profile}); an empty one is absent. */
public record Stamp(Map<Column, String> values) {
    public static final Stamp EMPTY = new Stamp(Map.of());

    public Stamp {
        EnumMap<Column, String> copy = new EnumMap<>(Column.class);
        values.forEach((c, v) -> {
            if (covers(c) && v != null && !v.isEmpty()) {
                copy.put(c, v);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /** Whether the column belongs to the stamp; others are dropped from it. */
    public static boolean covers(Column c) {
        return c.ordinal() <= Column.PROFILE.ordinal();
    }

    public String get(Column c) {
        return values.getOrDefault(c, "");
    }

    public Stamp with(Column c, String value) {
        EnumMap<Column, String> copy = new EnumMap<>(Column.class);
        copy.putAll(values);
        copy.put(c, value);
        return new Stamp(copy);
    }

    public String target() {
        return get(Column.TARGET);
    }
}
