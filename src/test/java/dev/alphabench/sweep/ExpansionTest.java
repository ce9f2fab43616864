package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.scenario.Kind.Stateful;
import dev.alphabench.scenario.Kind.VariableLength;
import dev.alphabench.scenario.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpansionTest {
    @TempDir
    Path dir;

    private Expansion expand(String yaml) throws IOException {
        Files.writeString(dir.resolve("p.yaml"), yaml);
        return Expansion.of(new ProfileLoader(dir).load("p"));
    }

    @Test
    void crossProductOfTheScenarioKeysOverTheDefaults() throws IOException {
        Expansion e = expand("""
                defaults:
                  epochs: [5]
                  hidden-units: [8, 16]
                  repetitions: 2
                  warmup: 7
                  seed: 11
                scenarios:
                  timestep-window:
                    layouts: [time-steps, features]
                    windows: [2, 3]
                    batch-sizes: [1, 4]
                    seed: 3
                """);
        assertThat(e.cells()).hasSize(2 * 2 * 2 * 2);
        assertThat(e.cells()).allSatisfy(c -> {
            assertThat(c.scenario().epochs()).isEqualTo(5);
            assertThat(c.repetitions()).isEqualTo(2);
            assertThat(c.warmupIterations()).isEqualTo(7);
            assertThat(c.firstSeed()).isEqualTo(3);
        });
        assertThat(e.cells()).extracting(Cell::key).doesNotHaveDuplicates()
                .contains("timestep-window|features|3|16|4|5|0", "timestep-window|time-steps|2|8|1|5|0");
        assertThat(e.cells().get(0).scenario().layout()).isEqualTo(Layout.TIME_STEPS);
        assertThat(e.skipped()).isEmpty();
    }

    @Test
    void unsetKeysKeepTheTutorialValues() throws IOException {
        Cell c = expand("scenarios:\n  batch-state:\n").cells().get(0);
        assertThat(c.scenario().epochs()).isEqualTo(5000);
        assertThat(c.scenario().batchSize()).isEqualTo(25);
        assertThat(c.scenario().hiddenUnits()).isEqualTo(16);
        assertThat(c.repetitions()).isEqualTo(Expansion.DEFAULT_REPETITIONS);
        assertThat(c.warmupIterations()).isEqualTo(Expansion.DEFAULT_WARMUP);
    }

    @Test
    void defaultsThatDoNotApplyAreSkippedAndAllMeansTheWholeDataSet() throws IOException {
        Expansion e = expand("""
                defaults:
                  epochs: [1]
                  batch-sizes: [1, 16, 32, all]
                  layouts: [time-steps, features, masked]
                  sequences: [10]
                scenarios:
                  one-char:
                  stateful:
                  variable-length:
                    windows: [5]
                """);
        List<String> oneChar = e.cells().stream().filter(c -> c.scenario().id().equals("one-char"))
                .map(c -> c.scenario().layout().id() + "/" + c.scenario().batchSize()).toList();
        // window 1: time-steps and features are both 1 step x 1 feature, still two cells; batch 32 > 25 skipped
        assertThat(oneChar).containsExactly("time-steps/1", "time-steps/16", "time-steps/25",
                "features/1", "features/16", "features/25");
        assertThat(e.cells()).filteredOn(c -> c.scenario().kind() instanceof Stateful)
                .extracting(Cell::key).containsExactly("stateful|time-steps|1|50|1|1|0");
        assertThat(e.cells()).filteredOn(c -> c.scenario().kind() instanceof VariableLength)
                .extracting(c -> c.scenario().layout().id() + "/" + c.scenario().batchSize() + "/" + c.scenario().sequences())
                .containsExactly("time-steps/1/10", "time-steps/10/10", "features/1/10", "features/10/10",
                        "masked/1/10", "masked/10/10");
        assertThat(e.skipped()).anyMatch(s -> s.startsWith("one-char: layout masked applies to variable-length sequences only"))
                .anyMatch(s -> s.startsWith("one-char: batch size 32 is larger"))
                .anyMatch(s -> s.startsWith("stateful: scenario stateful is stateful"));
    }

    @Test
    void batchSizesAboveTheSampleCountDependOnTheWindow() throws IOException {
        Expansion e = expand("""
                scenarios:
                  timestep-window:
                    epochs: [1]
                    windows: [1, 8]
                    batch-sizes: [18, 25]
                """);
        assertThat(e.cells()).extracting(Cell::key).containsExactly(
                "timestep-window|time-steps|1|32|18|1|0", "timestep-window|time-steps|1|32|25|1|0",
                "timestep-window|time-steps|8|32|18|1|0");
        assertThat(e.skipped()).containsExactly("timestep-window: batch size 25 is larger than the data set"
                + " of scenario timestep-window (18 samples)");
    }

    @Test
    void cellWorkCountsFitCallsAndWarmup() throws IOException {
        Cell c = expand("scenarios:\n  one-char:\n    epochs: [10]\n    batch-sizes: [4]\n    repetitions: 3\n    warmup: 5\n")
                .cells().get(0);
        assertThat(c.scenario().iterationsPerEpoch()).isEqualTo(7);
        assertThat(c.work()).isEqualTo(3 * (10 * 7 + 5));
    }

    @Test
    void minIterationsRaisesTheEpochsOfShortCellsOnly() throws IOException {
        Expansion e = expand("""
                defaults:
                  epochs: [10]
                  min-iterations: 100
                scenarios:
                  one-char:
                    batch-sizes: [1, 4, all]
                  batch-state:
                    epochs: [200]
                """);
        // one-char: 25 samples. batch 1 = 25 fits/epoch, 10 epochs = 250 >= 100: unchanged;
        // batch 4 = 7 fits/epoch -> ceil(100/7) = 15 epochs; batch 25 = 1 fit/epoch -> 100 epochs.
        assertThat(e.cells()).extracting(c -> c.scenario().batchSize() + "x" + c.scenario().epochs())
                .containsExactly("1x10", "4x15", "25x100", "25x200");
        assertThat(e.cells()).allSatisfy(c -> assertThat(c.iterationsPerRepetition()).isGreaterThanOrEqualTo(100));
    }

    @Test
    void minIterationsMustBePositive() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> expand("defaults:\n  min-iterations: 0\nscenarios:\n  one-char:\n")))
                .isInstanceOf(ProfileException.class).hasMessageContaining("min-iterations");
    }
}
