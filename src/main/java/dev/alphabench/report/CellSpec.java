package dev.alphabench.report;

import dev.alphabench.scenario.Scenario;

/** The columns that describe the measured cell: its scenario as run and the number of repetitions. */
public record CellSpec(String scenario, String layout, int window, int timeSteps, int features, int hiddenUnits,
                       int batchSize, int epochs, int sequences, double accuracyTarget, int repetitions) {

    public static CellSpec of(Scenario s, int repetitions) {
        return new CellSpec(s.id(), s.layout().id(), s.window(), s.timeSteps(), s.features(), s.hiddenUnits(),
                s.batchSize(), s.epochs(), s.sequences(), s.accuracyTarget(), repetitions);
    }

    /** What identifies the cell across runs and targets (the {@link Column#CELL_KEY} columns): resume, merge, gate and compare match on it. */
    public String key() {
        return String.join("|", scenario, layout, Integer.toString(window), Integer.toString(hiddenUnits),
                Integer.toString(batchSize), Integer.toString(epochs), Integer.toString(sequences));
    }

    /** The key for messages: its parts separated by spaces. */
    public String label() {
        return key().replace('|', ' ');
    }

    public CellSpec withEpochs(int value) {
        return new CellSpec(scenario, layout, window, timeSteps, features, hiddenUnits, batchSize, value, sequences,
                accuracyTarget, repetitions);
    }
}
