package dev.alphabench.sweep;

import dev.alphabench.report.CellSpec;
import dev.alphabench.scenario.Kind.VariableLength;
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
                + " b" + s.batchSize() + " e" + s.epochs() + (s.kind() instanceof VariableLength ? " n" + s.sequences() : "");
    }

    /** The same key as {@link CellSpec#key()} of this cell's rows: what resume and merge match on. */
    public String key() {
        return CellSpec.of(scenario, repetitions).key();
    }

    /** Fit calls of one repetition's measured run: the unit of progress and ETA. */
    public long iterationsPerRepetition() {
        return (long) scenario.epochs() * scenario.iterationsPerEpoch();
    }

    /** Estimated cost of the whole cell in fit calls, warm-up included. */
    public long work() {
        return (long) repetitions * (iterationsPerRepetition() + warmupIterations);
    }
}
