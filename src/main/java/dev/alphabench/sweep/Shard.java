package dev.alphabench.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shard K of N (1-based): cell i of the expansion (0-based) belongs to shard (i mod N) + 1. Dealing
 * round-robin spreads each scenario's cheap and costly cells over all shards, and every cell lands
 * in exactly one shard, the same one on every machine.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);
    private static final Pattern FORMAT = Pattern.compile("\\s*(\\d+)\\s*/\\s*(\\d+)\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard must be K/N with 1 <= K <= N (got " + index + "/" + count + ")");
        }
    }

    public static Shard parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("shard must be K/N, e.g. 2/4 (got '" + text + "')");
        }
        try {
            return new Shard(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("shard must be K/N with small numbers (got '" + text + "')");
        }
    }

    public <T> List<T> select(List<T> cells) {
        List<T> mine = new ArrayList<>();
        for (int i = index - 1; i < cells.size(); i += count) {
            mine.add(cells.get(i));
        }
        return mine;
    }

    public boolean isAll() {
        return count == 1;
    }

    /** Suffix for run ids and file names, e.g. "-shard2of4"; empty for the whole sweep. */
    public String suffix() {
        return isAll() ? "" : String.format(Locale.ROOT, "-shard%dof%d", index, count);
    }
}
