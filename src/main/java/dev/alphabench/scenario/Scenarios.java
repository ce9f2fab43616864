package dev.alphabench.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The six scenarios of the Keras tutorial, with its budgets and reported accuracies. */
public final class Scenarios {
    public static final Scenario ONE_CHAR = Scenario.of("one-char", new Kind.Windowed())
            .withHiddenUnits(32).withEpochs(500).withShuffle(true).withAccuracy(0.80, 0.84);
    public static final Scenario FEATURE_WINDOW = Scenario.of("feature-window", new Kind.Windowed()).withWindow(3)
            .withLayout(Layout.FEATURES).withHiddenUnits(32).withEpochs(500).withShuffle(true).withAccuracy(0.80, 0.8696);
    public static final Scenario TIMESTEP_WINDOW = Scenario.of("timestep-window", new Kind.Windowed()).withWindow(3)
            .withHiddenUnits(32).withEpochs(500).withShuffle(true).withAccuracy(1.0, 1.0);
    public static final Scenario BATCH_STATE = Scenario.of("batch-state", new Kind.Windowed())
            .withHiddenUnits(16).withEpochs(5000).withBatchSize(25).withAccuracy(1.0, 1.0);
    public static final Scenario STATEFUL = Scenario.of("stateful", new Kind.Stateful())
            .withHiddenUnits(50).withEpochs(300).withAccuracy(1.0, 1.0);
    public static final Scenario VARIABLE_LENGTH = Scenario.of("variable-length", new Kind.VariableLength(1000)).withWindow(5)
            .withHiddenUnits(32).withEpochs(500).withShuffle(true).withAccuracy(0.99, 0.999);

    private static final List<Scenario> ALL =
            List.of(ONE_CHAR, FEATURE_WINDOW, TIMESTEP_WINDOW, BATCH_STATE, STATEFUL, VARIABLE_LENGTH);

    private Scenarios() {
    }

    public static List<Scenario> all() {
        return ALL;
    }

    public static Optional<Scenario> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id.trim())).findFirst();
    }

    public static String ids() {
        return ALL.stream().map(Scenario::id).collect(Collectors.joining(", "));
    }

    /** Resolves a tutorial scenario id or fails with a message that lists the valid ids. */
    public static Scenario byId(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown scenario '" + id + "' (valid: " + ids() + ")"));
    }
}
