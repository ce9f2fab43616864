package dev.alphabench.regress;

import static dev.alphabench.report.ResultFixtures.CellSpec;
import static dev.alphabench.report.ResultFixtures.times;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.report.ResultFixtures;
import dev.alphabench.report.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {
    static final double[] BASE = {100, 104, 96, 102, 98};

    @TempDir
    Path dir;

    Path run(String name, String target, CellSpec... cells) {
        return ResultFixtures.write(dir, name, target, List.of(cells));
    }

    List<CellCheck> check(GateSettings settings, Path baseline, Path current) {
        return new Gate(settings).check(ResultSet.read(baseline, settings.metric()), ResultSet.read(current, settings.metric()));
    }

    static GateSettings settings(Metric metric, Statistic statistic) {
        return new GateSettings(metric, statistic, 0.15, 0.12, 0.05, 0.10);
    }

    @Test
    void unchangedRunIsClean() {
        Path base = run("base", "cpu", CellSpec.of("one-char", 1, BASE, 0.8), CellSpec.of("timestep-window", 1, BASE, 1.0));
        Path cur = run("cur", "cpu", CellSpec.of("one-char", 1, times(0.95, 100, 104, 96), 0.8),
                CellSpec.of("timestep-window", 1, times(1.05, 100, 104, 96), 1.0));
        List<CellCheck> checks = check(GateSettings.defaults(), base, cur);
        assertThat(checks).extracting(CellCheck::verdict).containsExactly(Verdict.OK, Verdict.OK);
        assertThat(checks.get(0).ratio()).isCloseTo(0.95, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void thirtyPercentSlowerIsARegression() {
        Path base = run("base", "cpu", CellSpec.of("one-char", 1, BASE, 0.8), CellSpec.of("timestep-window", 1, BASE, 1.0));
        Path cur = run("cur", "cpu", CellSpec.of("one-char", 1, times(1 / 1.3, 100, 104, 96), 0.8),
                CellSpec.of("timestep-window", 1, BASE, 1.0));
        for (Statistic statistic : Statistic.values()) {
            List<CellCheck> checks = check(settings(Metric.RAW, statistic), base, cur);
            assertThat(checks).extracting(CellCheck::verdict).as(statistic.id()).containsExactly(Verdict.SLOWER, Verdict.OK);
        }
    }

    @Test
    void mannWhitneyNeedsSeparatedSamples() {
        Path base = run("base", "cpu", CellSpec.of("one-char", 1, new double[] {100, 60, 140}, 0.8));
        Path cur = run("cur", "cpu", CellSpec.of("one-char", 1, new double[] {80, 50, 130}, 0.8));
        assertThat(check(settings(Metric.RAW, Statistic.MEDIAN_RATIO), base, cur).get(0).verdict()).isEqualTo(Verdict.SLOWER);
        CellCheck mw = check(settings(Metric.RAW, Statistic.MANN_WHITNEY), base, cur).get(0);
        assertThat(mw.verdict()).isEqualTo(Verdict.OK);
        assertThat(mw.pValue()).isGreaterThan(0.05);
    }

    @Test
    void normalisationCancelsAMachineThatIsBusyAsAWhole() {
        double[] avail = {1000, 1000, 1000};
        double[] busy = {600, 600, 600};
        Path base = run("base", "cpu", CellSpec.of("one-char", 1, new double[] {100, 104, 96}, 0.8).withCalibration(avail));
        Path cur = run("cur", "cpu", CellSpec.of("one-char", 1, new double[] {60, 62, 58}, 0.8).withCalibration(busy));
        assertThat(check(settings(Metric.RAW, Statistic.MEDIAN_RATIO), base, cur).get(0).verdict()).isEqualTo(Verdict.SLOWER);
        assertThat(check(settings(Metric.PER_CPU, Statistic.MEDIAN_RATIO), base, cur).get(0).verdict()).isEqualTo(Verdict.OK);
        assertThat(check(settings(Metric.CALIBRATED, Statistic.MEDIAN_RATIO), base, cur).get(0).verdict()).isEqualTo(Verdict.OK);
        assertThat(check(settings(Metric.THREAD_CPU, Statistic.MEDIAN_RATIO), base, cur).get(0).verdict()).isEqualTo(Verdict.OK);
    }

    @Test
    void accuracyBelowTheFloorIsARegression() {
        // floor = min(target 1.0, worst baseline seed 0.60 - 0.10) = 0.50
        Path base = run("base", "cpu", CellSpec.of("one-char", 1, BASE, 0.8).withAccuracy(0.8, 0.6, 0.8, 0.9, 0.8));
        Path ok = run("ok", "cpu", CellSpec.of("one-char", 1, BASE, 0.5));
        Path low = run("low", "cpu", CellSpec.of("one-char", 1, BASE, 0.4));
        CellCheck clean = check(GateSettings.defaults(), base, ok).get(0);
        assertThat(clean.accuracyFloor()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(clean.verdict()).isEqualTo(Verdict.OK);
        assertThat(check(GateSettings.defaults(), base, low).get(0).verdict()).isEqualTo(Verdict.ACCURACY);
    }

    @Test
    void failedMissingAndNewCells() {
        Path base = run("base", "cpu", CellSpec.of("one-char", 1, BASE, 0.8), CellSpec.of("stateful", 1, BASE, 0.8),
                CellSpec.of("timestep-window", 1, BASE, 0.8));
        Path cur = run("cur", "cpu", CellSpec.of("one-char", 1, BASE, 0.8).withStatus(Status.FAILED),
                CellSpec.of("timestep-window", 1, BASE, 0.8), CellSpec.of("batch-state", 25, BASE, 0.8));
        List<CellCheck> checks = check(GateSettings.defaults(), base, cur);
        assertThat(checks).extracting(CellCheck::verdict)
                .containsExactly(Verdict.FAILED, Verdict.MISSING, Verdict.OK, Verdict.NEW);
        assertThat(checks).filteredOn(c -> c.verdict().fails()).hasSize(2);
    }

    @Test
    void differentTargetsOrNoOverlapAreUnusable() {
        Path base = run("base", "cpu", CellSpec.of("one-char", 1, BASE, 0.8));
        Path gpu = run("gpu", "cuda", CellSpec.of("one-char", 1, BASE, 0.8));
        Path other = run("other", "cpu", CellSpec.of("stateful", 1, BASE, 0.8));
        assertThatThrownBy(() -> check(GateSettings.defaults(), base, gpu)).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("different targets");
        assertThatThrownBy(() -> check(GateSettings.defaults(), base, other)).isInstanceOf(InvalidResultsException.class)
                .hasMessageContaining("no cell");
    }

    @Test
    void suiteCatchesASlowdownOfEveryCellThatNoCellShowsAlone() {
        Path base = run("base", "cpu", CellSpec.of("one-char", 1, BASE, 0.8), CellSpec.of("timestep-window", 1, BASE, 0.8),
                CellSpec.of("stateful", 1, BASE, 0.8));
        Path cur = run("cur", "cpu", CellSpec.of("one-char", 1, times(0.86, 100, 104, 96), 0.8),
                CellSpec.of("timestep-window", 1, times(0.84, 100, 104, 96), 0.8),
                CellSpec.of("stateful", 1, times(0.87, 100, 104, 96), 0.8));
        Gate gate = new Gate(GateSettings.defaults());
        List<CellCheck> checks = gate.check(ResultSet.read(base, Metric.RAW), ResultSet.read(cur, Metric.RAW));
        assertThat(checks).extracting(CellCheck::verdict).containsOnly(Verdict.OK);
        assertThat(Gate.suiteRatio(checks)).isBetween(0.85, 0.86);
        assertThat(gate.suiteSlower(checks)).isTrue();
        Path same = run("same", "cpu", CellSpec.of("one-char", 1, times(0.95, 100, 104, 96), 0.8),
                CellSpec.of("timestep-window", 1, times(1.02, 100, 104, 96), 0.8), CellSpec.of("stateful", 1, BASE, 0.8));
        assertThat(gate.suiteSlower(gate.check(ResultSet.read(base, Metric.RAW), ResultSet.read(same, Metric.RAW)))).isFalse();
    }

    @Test
    void rejectsBadSettings() {
        assertThatThrownBy(() -> new Gate(new GateSettings(Metric.RAW, Statistic.MEDIAN_RATIO, 1.5, 0.12, 0.05, 0.1)))
                .hasMessageContaining("threshold");
    }
}
