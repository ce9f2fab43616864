package dev.alphabench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builds the input sequences of the tutorial as letter codes, before any tensor layout. */
public final class Sequences {
    private Sequences() {
    }

    /** One training example: input letters and the letter that follows them. */
    public record Example(int[] input, int target) {
        public String text() {
            return Alphabet.word(input) + " -> " + Alphabet.letter(target);
        }
    }

    /** Every window of {@code window} consecutive letters and the letter after it: 26 - window examples. */
    public static List<Example> windows(int window) {
        List<Example> out = new ArrayList<>();
        for (int start = 0; start + window < Alphabet.SIZE; start++) {
            int[] in = new int[window];
            for (int i = 0; i < window; i++) {
                in[i] = start + i;
            }
            out.add(new Example(in, start + window));
        }
        return out;
    }

    /**
     * Random sub-sequences of 1..maxLength letters, as the tutorial draws them:
     * start in [0, 24), end in [start, min(start + maxLength, 25)), target the letter after end.
     */
    public static List<Example> randomSubsequences(int count, int maxLength, long seed) {
        Random random = new Random(seed);
        List<Example> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            int start = random.nextInt(Alphabet.SIZE - 2);
            int endExclusive = Math.min(start + maxLength, Alphabet.SIZE - 1);
            int end = start + random.nextInt(endExclusive - start);
            int[] in = new int[end - start + 1];
            for (int i = 0; i < in.length; i++) {
                in[i] = start + i;
            }
            out.add(new Example(in, end + 1));
        }
        return out;
    }
}
