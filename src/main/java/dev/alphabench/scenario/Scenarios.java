package dev.alphabench.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The six scenarios of the Keras tutorial, with its budgets and reported accuracies. */
public final class Scenarios {
    public static final Scenario ONE_CHAR = Scenario.builder("one-char", new Windowed())
            .window(1).hiddenUnits(32).epochs(500).shuffle(true).accuracy(0.80, 0.84).build();
    public static final Scenario FEATURE_WINDOW = Scenario.builder("feature-window", new Windowed())
            .window(3).layout(Layout.FEATURES).hiddenUnits(32).epochs(500).shuffle(true).accuracy(0.80, 0.8696).build();
    public static final Scenario TIMESTEP_WINDOW = Scenario.builder("timestep-window", new Windowed())
            .window(3).hiddenUnits(32).epochs(500).shuffle(true).accuracy(1.0, 1.0).build();
    public static final Scenario BATCH_STATE = Scenario.builder("batch-state", new Windowed())
            .window(1).hiddenUnits(16).epochs(5000).batchSize(25).shuffle(false).accuracy(1.0, 1.0).build();
    public static final Scenario STATEFUL = Scenario.builder("stateful", new Stateful())
            .window(1).hiddenUnits(50).epochs(300).shuffle(false).accuracy(1.0, 1.0).build();
    public static final Scenario VARIABLE_LENGTH = Scenario.builder("variable-length", new VariableLength(1000))
            .window(5).hiddenUnits(32).epochs(500).shuffle(true).accuracy(0.99, 0.999).build();

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
