package dev.alphabench.sweep;

import dev.alphabench.scenario.Kind.VariableLength;
import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a profile into cells: per scenario, the cross product of its value lists (its own keys,
 * else {@code defaults:}, else the tutorial value). Combinations a scenario cannot train (see
 * {@link Scenario#problem()}) are skipped and counted, but a value written in a scenario's own
 * block that applies to none of its cells is an error, as is a scenario left with no cell.
 *
 * @param cells   in order: scenario (file order), layout, window, hidden units, sequences, epochs, batch size
 * @param skipped one line per skipped combination: "scenario: reason"
 */
public record Expansion(List<Cell> cells, List<String> skipped) {
    public static final int DEFAULT_REPETITIONS = 1;
    public static final int DEFAULT_WARMUP = 50;
    public static final int DEFAULT_SEED = 1;

    public static Expansion of(Profile profile) {
        List<Cell> cells = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Profile.ScenarioBlock block : profile.scenarios()) {
            expand(profile, block, cells, skipped, keys);
        }
        return new Expansion(List.copyOf(cells), List.copyOf(skipped));
    }

    private static void expand(Profile profile, Profile.ScenarioBlock block, List<Cell> cells, List<String> skipped,
            Set<String> keys) {
        Scenario base = block.scenario();
        ProfileSettings own = block.settings();
        ProfileSettings s = own.over(profile.defaults());
        if (own.forks() != null || own.cellTimeout() != null || own.segmentIterations() != null || own.segmentMemory() != null) {
            String key = own.forks() != null ? "forks" : own.cellTimeout() != null ? "cell-timeout"
                    : own.segmentIterations() != null ? "segment-iterations" : "segment-memory";
            throw fail(profile, block, key, "is a run setting: set it under defaults");
        }
        if (own.sequences() != null && !(base.kind() instanceof VariableLength)) {
            throw fail(profile, block, "sequences", "applies to variable-length only, not to " + base.id());
        }
        Map<String, Set<Object>> unused = new LinkedHashMap<>();
        track(unused, "epochs", own.epochs());
        track(unused, "batch-sizes", own.batchSizes());
        track(unused, "layouts", own.layouts());
        track(unused, "windows", own.windows());
        track(unused, "hidden-units", own.hiddenUnits());
        track(unused, "sequences", own.sequences());
        int repetitions = or(s.repetitions(), DEFAULT_REPETITIONS);
        int warmup = or(s.warmup(), DEFAULT_WARMUP);
        int seed = or(s.seed(), DEFAULT_SEED);
        String firstReason = null;
        Map<String, String> reasons = new LinkedHashMap<>();
        int before = cells.size();
        for (Layout layout : or(s.layouts(), List.of(base.layout()))) {
            for (int window : or(s.windows(), List.of(base.window()))) {
                for (int units : or(s.hiddenUnits(), List.of(base.hiddenUnits()))) {
                    for (int sequences : base.kind() instanceof VariableLength ? or(s.sequences(), List.of(base.sequences())) : List.of(0)) {
                        for (int epochs : or(s.epochs(), List.of(base.epochs()))) {
                            for (int batch : or(s.batchSizes(), List.of(base.batchSize()))) {
                                Scenario c = base.withLayout(layout).withWindow(window).withHiddenUnits(units)
                                        .withSequences(sequences).withEpochs(epochs);
                                c = c.withBatchSize(batch == ProfileSettings.ALL_SAMPLES ? c.samples() : batch);
                                c = atLeast(c, s.minIterations());
                                String problem = c.problem();
                                if (problem != null) {
                                    skipped.add(base.id() + ": " + problem);
                                    for (Object v : List.of("epochs=" + epochs, "batch-sizes=" + batch, "layouts=" + layout,
                                            "windows=" + window, "hidden-units=" + units, "sequences=" + sequences)) {
                                        reasons.put((String) v, problem);
                                    }
                                    firstReason = firstReason == null ? problem : firstReason;
                                    continue;
                                }
                                Cell cell = new Cell(c, seed, repetitions, warmup);
                                if (keys.add(cell.key())) {
                                    cells.add(cell);
                                }
                                used(unused, "epochs", epochs);
                                used(unused, "batch-sizes", batch);
                                used(unused, "layouts", layout);
                                used(unused, "windows", window);
                                used(unused, "hidden-units", units);
                                used(unused, "sequences", sequences);
                            }
                        }
                    }
                }
            }
        }
        if (cells.size() == before) {
            throw fail(profile, block, null, "no cell applies (" + firstReason + ")");
        }
        for (Map.Entry<String, Set<Object>> e : unused.entrySet()) {
            if (!e.getValue().isEmpty()) {
                Object value = e.getValue().iterator().next();
                throw fail(profile, block, e.getKey(), "value " + shown(value) + " applies to no cell of " + base.id()
                        + " (" + reasons.getOrDefault(e.getKey() + "=" + value, "duplicate of another cell") + ")");
            }
        }
    }

    /**
     * Raises the epochs so one repetition times at least {@code minIterations} fit calls: short
     * full-batch cells would otherwise time a few milliseconds, too short to measure.
     */
    static Scenario atLeast(Scenario c, Integer minIterations) {
        if (minIterations == null || c.problem() != null) {
            return c;
        }
        long perEpoch = c.iterationsPerEpoch();
        int needed = (int) ((minIterations + perEpoch - 1) / perEpoch);
        return needed > c.epochs() ? c.withEpochs(needed) : c;
    }

    private static void track(Map<String, Set<Object>> unused, String key, List<?> values) {
        if (values != null) {
            unused.put(key, new LinkedHashSet<>(values));
        }
    }

    private static void used(Map<String, Set<Object>> unused, String key, Object value) {
        Set<Object> left = unused.get(key);
        if (left != null) {
            left.remove(value);
        }
    }

    private static String shown(Object value) {
        if (value instanceof Layout l) {
            return l.id();
        }
        return Integer.valueOf(ProfileSettings.ALL_SAMPLES).equals(value) ? "all" : String.valueOf(value);
    }

    private static ProfileException fail(Profile profile, Profile.ScenarioBlock block, String key, String what) {
        String path = "scenarios." + block.scenario().id() + (key == null ? "" : "." + key);
        return new ProfileException(profile.file() + ":" + block.line() + ": key '" + path + "': " + what);
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
