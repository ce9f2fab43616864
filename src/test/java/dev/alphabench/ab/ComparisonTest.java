package dev.alphabench.ab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {
    static Interleaved.Outcome<Integer, CellRuns.Samples> trial(int side, int cell, int round, double... values) {
        return new Interleaved.Outcome<>(side, cell, round, new CellRuns.Samples(values, null));
    }

    @Test
    void theRatioIsPairedByRoundSoADriftBetweenRoundsCancels() {
        List<Interleaved.Outcome<Integer, CellRuns.Samples>> outcomes = new ArrayList<>();
        double[] machine = {100, 40, 70, 55}; // the machine's speed changes a lot between rounds
        for (int r = 0; r < machine.length; r++) {
            outcomes.add(trial(0, 0, r, machine[r], machine[r] * 1.02));
            outcomes.add(trial(1, 0, r, machine[r] * 0.77, machine[r] * 0.78));
            outcomes.add(trial(0, 1, r, machine[r]));
            outcomes.add(trial(1, 1, r, machine[r] * (r % 2 == 0 ? 1.01 : 0.99)));
        }
        Comparison c = Comparison.of(List.of("slowed", "unchanged"), machine.length, outcomes, 0.05, 0.03);
        assertThat(c.cells().get(0).verdict()).isEqualTo(Verdict.SLOWER);
        assertThat(c.cells().get(0).ratio().value()).isBetween(0.75, 0.77);
        assertThat(c.cells().get(1).verdict()).isEqualTo(Verdict.SAME);
        assertThat(c.suite().value()).isBetween(0.86, 0.89);
        assertThat(c.suiteVerdict()).isEqualTo(Verdict.SLOWER);
        assertThat(c.regressed()).isTrue();
    }

    @Test
    void aCellWithoutSamplesInARoundFailsAndNamesWhy() {
        List<Interleaved.Outcome<Integer, CellRuns.Samples>> outcomes = new ArrayList<>(List.of(
                trial(0, 0, 0, 100), trial(1, 0, 0, 100), trial(0, 0, 1, 100),
                new Interleaved.Outcome<>(1, 0, 1, new CellRuns.Samples(new double[0], "child JVM exited with code 1"))));
        Comparison c = Comparison.of(List.of("cell"), 2, outcomes, 0.05, 0.03);
        assertThat(c.cells().get(0).verdict()).isEqualTo(Verdict.FAILED);
        assertThat(c.cells().get(0).note()).isEqualTo("current: child JVM exited with code 1");
        assertThat(c.suite()).isNull();
        assertThat(c.regressed()).isTrue();
    }
}
