package dev.alphabench.scenario;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The six scenarios of the Keras tutorial, with its budgets and reported accuracies. */
public final class Scenarios {
    public static final Scenario ONE_CHAR =
            new Scenario("one-char", 1, Layout.TIME_STEPS, 32, 500, 1, true, false, 0, 0.80, 0.84);
    public static final Scenario FEATURE_WINDOW =
            new Scenario("feature-window", 3, Layout.FEATURES, 32, 500, 1, true, false, 0, 0.80, 0.8696);
    public static final Scenario TIMESTEP_WINDOW =
            new Scenario("timestep-window", 3, Layout.TIME_STEPS, 32, 500, 1, true, false, 0, 1.0, 1.0);
    public static final Scenario BATCH_STATE =
            new Scenario("batch-state", 1, Layout.TIME_STEPS, 16, 5000, 25, false, false, 0, 1.0, 1.0);
    public static final Scenario STATEFUL =
            new Scenario("stateful", 1, Layout.TIME_STEPS, 50, 300, 1, false, true, 0, 1.0, 1.0);
    public static final Scenario VARIABLE_LENGTH =
            new Scenario("variable-length", 5, Layout.TIME_STEPS, 32, 500, 1, true, false, 1000, 0.99, 0.999);

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
