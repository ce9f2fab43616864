package dev.alphabench.sweep;

import dev.alphabench.report.Column;
import dev.alphabench.report.Row;
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

    /** The same key as {@link Row#cellKey()} of this cell's rows: what resume and merge match on. */
    public String key() {
        Scenario s = scenario;
        return new Row().put(Column.SCENARIO, s.id()).put(Column.LAYOUT, s.layout().id())
                .put(Column.WINDOW, s.window()).put(Column.HIDDEN_UNITS, s.hiddenUnits())
                .put(Column.BATCH_SIZE, s.batchSize()).put(Column.EPOCHS, s.epochs())
                .put(Column.SEQUENCES, s.sequences()).cellKey();
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
