package dev.alphabench.sweep;

import dev.alphabench.scenario.Scenario;

/** One point of a sweep: a scenario with its overrides applied, trained {@code repetitions} times. */
public record Cell(Scenario scenario, long firstSeed, int repetitions, int warmupIterations) {

    /** Repetition i (0-based) trains with seed firstSeed + i. */
    public long seed(int repetition) {
        return firstSeed + repetition;
    }

    public String label() {
        Scenario s = scenario;
        return s.id() + " " + s.layout().id() + " w" + s.window() + " u" + s.hiddenUnits()
                + " b" + s.batchSize() + " e" + s.epochs() + (s.variableLength() ? " n" + s.sequences() : "");
    }
}
