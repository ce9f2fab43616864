package dev.alphabench.scenario;

import dev.alphabench.data.Alphabet;
import dev.alphabench.data.Sequences;
import java.util.List;

/** Every window of consecutive letters predicts the letter after it: 26 - window examples. */
public record Windowed() implements Kind {
    @Override
    public int samples(Scenario s) {
        return Alphabet.SIZE - s.window();
    }

    @Override
    public List<Sequences.Example> examples(Scenario s, long seed) {
        return Sequences.windows(s.window());
    }
}
