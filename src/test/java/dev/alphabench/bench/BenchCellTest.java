package dev.alphabench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.scenario.Layout;
import dev.alphabench.scenario.Scenario;
import dev.alphabench.scenario.Scenarios;
import org.junit.jupiter.api.Test;

class BenchCellTest {
    private static final String T = BenchCell.TUTORIAL;

    @Test
    void tutorialKeepsTheScenarioAndNumbersOverrideIt() {
        assertThat(BenchCell.scenario("timestep-window", T, T, T, T)).isEqualTo(Scenarios.TIMESTEP_WINDOW);
        Scenario s = BenchCell.scenario("timestep-window", "features", "5", "4", "64");
        assertThat(s.layout()).isEqualTo(Layout.FEATURES);
        assertThat(s.batchSize()).isEqualTo(5);
        assertThat(s.window()).isEqualTo(4);
        assertThat(s.hiddenUnits()).isEqualTo(64);
        assertThat(s.epochs()).isEqualTo(Scenarios.TIMESTEP_WINDOW.epochs());
    }

    @Test
    void badValuesFailWithOneClearLine() {
        assertThatThrownBy(() -> BenchCell.scenario("nope", T, T, T, T)).hasMessageContaining("unknown scenario 'nope'");
        assertThatThrownBy(() -> BenchCell.scenario("one-char", T, "x", T, T)).hasMessageContaining("batchSize must be a whole number");
        assertThatThrownBy(() -> BenchCell.scenario("one-char", "diagonal", T, T, T)).hasMessageContaining("unknown layout");
        assertThatThrownBy(() -> BenchCell.scenario("stateful", T, "5", T, T)).hasMessageContaining("stateful");
        assertThatThrownBy(() -> BenchCell.seed("one")).hasMessageContaining("seed");
    }

    @Test
    void benchmarkDefaultsCoverEveryTutorialScenario() {
        assertThat(BenchPlan.annotationDefault(BenchCell.SCENARIO))
                .containsExactlyElementsOf(Scenarios.all().stream().map(Scenario::id).toList());
        for (String name : BenchCell.PARAMS) {
            assertThat(BenchPlan.annotationDefault(name)).isNotEmpty();
        }
    }
}
