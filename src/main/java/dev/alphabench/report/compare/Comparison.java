package dev.alphabench.report.compare;

import dev.alphabench.report.CellSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two or more targets joined on the cell key. The first target is the reference for speedups and
 * accuracy differences; cells missing from some inputs are kept and listed, never dropped.
 */
public final class Comparison {
    private final List<TargetResults> targets;
    private final List<String> keys;
    private final Map<String, Speedup> speedups = new HashMap<>();

    public Comparison(List<TargetResults> inputs) {
        if (inputs.size() < 2) {
            throw new IllegalArgumentException("a comparison needs at least two results files");
        }
        this.targets = uniqueLabels(inputs);
        Set<String> all = new LinkedHashSet<>();
        for (TargetResults t : targets) {
            all.addAll(t.cells().keySet());
        }
        this.keys = List.copyOf(all);
    }

    public static Comparison of(List<Path> files) {
        return new Comparison(files.stream().map(TargetResults::read).toList());
    }

    public List<TargetResults> targets() {
        return targets;
    }

    public List<String> keys() {
        return keys;
    }

    /** The summary row of a cell for target i, or null when that input lacks the cell. */
    public CellSummary row(String key, int i) {
        return targets.get(i).cells().get(key);
    }

    public boolean inAll(String key) {
        return targets.stream().allMatch(t -> t.cells().containsKey(key));
    }

    public List<String> partialKeys() {
        return keys.stream().filter(k -> !inAll(k)).toList();
    }

    /** Median throughput of a cell for target i; NaN when missing or not ok. */
    public double throughput(String key, int i) {
        CellSummary r = row(key, i);
        return r == null || !r.ok() ? Double.NaN : r.measures().samplesPerSec();
    }

    public double accuracy(String key, int i) {
        CellSummary r = row(key, i);
        return r == null || !r.ok() ? Double.NaN : r.measures().accuracy();
    }

    /** Throughput of target i relative to the first target (2.0 = twice as fast). */
    public double speedup(String key, int i) {
        return throughput(key, i) / throughput(key, 0);
    }

    /**
     * {@link #speedup} with its 95% interval from the repetitions of both targets and whether it is
     * significant; {@link Speedup#NONE} for the reference itself or a cell not in every input.
     */
    public Speedup speedupInterval(String key, int i) {
        if (i == 0 || !inAll(key)) {
            return Speedup.NONE;
        }
        return speedups.computeIfAbsent(key + "#" + i, k -> Speedup.of(speedup(key, i),
                targets.get(0).repetitions(key), targets.get(i).repetitions(key)));
    }

    /** Any row for the key, to read its cell columns. */
    public CellSummary anyRow(String key) {
        for (int i = 0; i < targets.size(); i++) {
            if (row(key, i) != null) {
                return row(key, i);
            }
        }
        throw new IllegalArgumentException("unknown cell " + key);
    }

    private static List<TargetResults> uniqueLabels(List<TargetResults> inputs) {
        Set<String> seen = new HashSet<>();
        Set<String> dup = new HashSet<>();
        for (TargetResults t : inputs) {
            if (!seen.add(t.label())) {
                dup.add(t.label());
            }
        }
        List<TargetResults> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            TargetResults t = inputs.get(i);
            out.add(dup.contains(t.label()) ? t.withLabel(t.label() + "#" + (i + 1)) : t);
        }
        return out;
    }
}
