package dev.alphabench.sweep;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.alphabench.scenario.Layout;
import java.util.List;

/**
 * The keys a profile may set under {@code defaults:} and under each scenario: value lists (the
 * sweep is their cross product) and per-cell settings. A null key means "not set here".
 * Batch sizes hold {@link #ALL_SAMPLES} for the value {@code all} (the whole data set).
 */
// A class, not a record: Jackson buffers unknown keys of creator-built types and loses their line.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public final class ProfileSettings {
    public static final int ALL_SAMPLES = 0;
    static final ProfileSettings NONE = new ProfileSettings();

    @JsonDeserialize(using = ValueReaders.PositiveInts.class)
    private List<Integer> epochs;
    @JsonProperty("batch-sizes")
    @JsonDeserialize(using = ValueReaders.BatchSizes.class)
    private List<Integer> batchSizes;
    @JsonDeserialize(using = ValueReaders.Layouts.class)
    private List<Layout> layouts;
    @JsonDeserialize(using = ValueReaders.PositiveInts.class)
    private List<Integer> windows;
    @JsonProperty("hidden-units")
    @JsonDeserialize(using = ValueReaders.PositiveInts.class)
    private List<Integer> hiddenUnits;
    @JsonDeserialize(using = ValueReaders.PositiveInts.class)
    private List<Integer> sequences;
    @JsonDeserialize(using = ValueReaders.PositiveInt.class)
    private Integer repetitions;
    @JsonDeserialize(using = ValueReaders.NonNegativeInt.class)
    private Integer warmup;
    @JsonDeserialize(using = ValueReaders.NonNegativeInt.class)
    private Integer seed;
    @JsonProperty("min-iterations")
    @JsonDeserialize(using = ValueReaders.PositiveInt.class)
    private Integer minIterations;
    @JsonDeserialize(using = ValueReaders.NonNegativeInt.class)
    private Integer forks;
    @JsonProperty("cell-timeout")
    @JsonDeserialize(using = ValueReaders.TimeLimit.class)
    private java.time.Duration cellTimeout;
    @JsonProperty("segment-iterations")
    @JsonDeserialize(using = ValueReaders.PositiveInt.class)
    private Integer segmentIterations;
    @JsonProperty("segment-memory")
    @JsonDeserialize(using = ValueReaders.PositiveInt.class)
    private Integer segmentMemory;

    /** This block's keys, falling back to {@code outer} key by key. */
    ProfileSettings over(ProfileSettings outer) {
        ProfileSettings m = new ProfileSettings();
        m.epochs = pick(epochs, outer.epochs);
        m.batchSizes = pick(batchSizes, outer.batchSizes);
        m.layouts = pick(layouts, outer.layouts);
        m.windows = pick(windows, outer.windows);
        m.hiddenUnits = pick(hiddenUnits, outer.hiddenUnits);
        m.sequences = pick(sequences, outer.sequences);
        m.repetitions = pick(repetitions, outer.repetitions);
        m.warmup = pick(warmup, outer.warmup);
        m.seed = pick(seed, outer.seed);
        m.minIterations = pick(minIterations, outer.minIterations);
        m.forks = pick(forks, outer.forks);
        m.cellTimeout = pick(cellTimeout, outer.cellTimeout);
        m.segmentIterations = pick(segmentIterations, outer.segmentIterations);
        m.segmentMemory = pick(segmentMemory, outer.segmentMemory);
        return m;
    }

    private static <T> T pick(T inner, T outer) {
        return inner != null ? inner : outer;
    }

    public List<Integer> epochs() {
        return epochs;
    }

    public List<Integer> batchSizes() {
        return batchSizes;
    }

    public List<Layout> layouts() {
        return layouts;
    }

    public List<Integer> windows() {
        return windows;
    }

    public List<Integer> hiddenUnits() {
        return hiddenUnits;
    }

    public List<Integer> sequences() {
        return sequences;
    }

    public Integer repetitions() {
        return repetitions;
    }

    public Integer warmup() {
        return warmup;
    }

    public Integer seed() {
        return seed;
    }

    /** Fewest timed fit calls per repetition: a cell's epochs are raised until it reaches them. */
    public Integer minIterations() {
        return minIterations;
    }

    /** Child JVMs per cell (0: in the sweep's own JVM); a run setting, under {@code defaults:} only. */
    public Integer forks() {
        return forks;
    }

    /** Wall-time limit of one cell in child JVMs; a run setting, under {@code defaults:} only. */
    public java.time.Duration cellTimeout() {
        return cellTimeout;
    }

    /** Fit calls a child trains before it saves the cell and a fresh one continues; a run setting. */
    public Integer segmentIterations() {
        return segmentIterations;
    }

    /** Resident memory (MB) at which a child ends its segment early; a run setting. */
    public Integer segmentMemory() {
        return segmentMemory;
    }
}
