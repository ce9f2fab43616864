package dev.alphabench.scenario;

/** Names every value of a {@link Scenario} as it is declared; unset values are 1, time-steps, no shuffle. */
public final class ScenarioBuilder {
    private final String id;
    private Kind kind;
    private int window = 1;
    private Layout layout = Layout.TIME_STEPS;
    private int hiddenUnits = 1;
    private int epochs = 1;
    private int batchSize = 1;
    private boolean shuffle;
    private double accuracyTarget = 1;
    private double tutorialAccuracy = 1;

    ScenarioBuilder(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    ScenarioBuilder kind(Kind value) {
        kind = value;
        return this;
    }

    public ScenarioBuilder window(int value) {
        window = value;
        return this;
    }

    public ScenarioBuilder layout(Layout value) {
        layout = value;
        return this;
    }

    public ScenarioBuilder hiddenUnits(int value) {
        hiddenUnits = value;
        return this;
    }

    public ScenarioBuilder epochs(int value) {
        epochs = value;
        return this;
    }

    public ScenarioBuilder batchSize(int value) {
        batchSize = value;
        return this;
    }

    public ScenarioBuilder shuffle(boolean value) {
        shuffle = value;
        return this;
    }

    /** The accuracy counted as "reached" for time-to-target, and the one the Keras tutorial reports (0..1). */
    public ScenarioBuilder accuracy(double target, double tutorial) {
        accuracyTarget = target;
        tutorialAccuracy = tutorial;
        return this;
    }

    public Scenario build() {
        return new Scenario(id, kind, window, layout, hiddenUnits, epochs, batchSize, shuffle, accuracyTarget,
                tutorialAccuracy);
    }
}
