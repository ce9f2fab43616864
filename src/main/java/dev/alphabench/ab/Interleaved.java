package dev.alphabench.ab;

import java.util.ArrayList;
import java.util.List;

/**
 * The interleaved A/B engine: every unit of work (a cell, a probe) runs once per side and round, each
 * in a fresh JVM, with the order of the sides reversed from one slot to the next (A B, B A, A B, ...),
 * so a drift of the machine during the run affects all sides alike.
 */
public final class Interleaved {
    /** Runs {@code unit} on side {@code side} (an index into the sides) in round {@code round}. */
    @FunctionalInterface
    public interface Trial<U, R> {
        R run(int side, U unit, int round);
    }

    /** The result of one trial. */
    public record Outcome<U, R>(int side, U unit, int round, R result) {
    }

    private Interleaved() {
    }

    /** The sides' order in slot {@code slot} (0-based): 0..n-1 in even slots, reversed in odd ones. */
    public static List<Integer> order(int slot, int sides) {
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < sides; k++) {
            order.add(slot % 2 == 0 ? k : sides - 1 - k);
        }
        return order;
    }

    /** Every unit on every side, {@code rounds} times; outcomes in the order they ran. */
    public static <U, R> List<Outcome<U, R>> run(int rounds, List<U> units, int sides, Trial<U, R> trial) {
        if (rounds < 1 || sides < 1) {
            throw new IllegalArgumentException("rounds and sides must be at least 1");
        }
        List<Outcome<U, R>> out = new ArrayList<>();
        int slot = 0;
        for (int round = 0; round < rounds; round++) {
            for (U unit : units) {
                for (int side : order(slot++, sides)) {
                    out.add(new Outcome<>(side, unit, round, trial.run(side, unit, round)));
                }
            }
        }
        return out;
    }
}
