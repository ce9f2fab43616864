package dev.alphabench.scenario;

import dev.alphabench.data.Sequences;
import java.util.List;

/**
 * Random sub-sequences of 1..window letters, pre-padded to the window (the masked layout hides the
 * padding from the LSTM).
 *
 * @param sequences sub-sequences per epoch, drawn once per seed
 */
public record VariableLength(int sequences) implements Kind {
    @Override
    public int samples(Scenario s) {
        return sequences;
    }

    @Override
    public List<Sequences.Example> examples(Scenario s, long seed) {
        return Sequences.randomSubsequences(sequences, s.window(), seed);
    }

    @Override
    public Kind withSequences(int value, String scenario) {
        return new VariableLength(value);
    }

    @Override
    public String problem(Scenario s) {
        return null;
    }
}
