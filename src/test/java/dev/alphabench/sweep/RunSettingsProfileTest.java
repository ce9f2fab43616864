package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run settings a profile may set under defaults: forks, cell-timeout, segment-iterations, segment-memory. */
class RunSettingsProfileTest {
    @TempDir
    Path dir;

    private Profile load(String yaml) throws IOException {
        Files.writeString(dir.resolve("p.yaml"), yaml);
        return new ProfileLoader(dir).load("p");
    }

    @Test
    void forksAndCellTimeoutAreReadUnderDefaults() throws IOException {
        Profile p = load("defaults:\n  forks: 0\n  cell-timeout: 1h30m\nscenarios:\n  one-char:\n");
        assertThat(p.defaults().forks()).isZero();
        assertThat(p.defaults().cellTimeout()).isEqualTo(Duration.ofMinutes(90));
        assertThat(load("defaults:\n  cell-timeout: 600\nscenarios:\n  one-char:\n").defaults().cellTimeout())
                .isEqualTo(Duration.ofMinutes(10));
        assertThat(load("scenarios:\n  one-char:\n").defaults().forks()).isNull();
    }

    @Test
    void badValuesPointAtTheirLine() {
        assertThatThrownBy(() -> load("defaults:\n  forks: -1\nscenarios:\n  one-char:\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining(":2:").hasMessageContaining("an integer >= 0");
        assertThatThrownBy(() -> load("defaults:\n  cell-timeout: soon\nscenarios:\n  one-char:\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining(":2:").hasMessageContaining("e.g. 90s, 30m, 4h");
        assertThatThrownBy(() -> load("defaults:\n  cell-timeout: 0s\nscenarios:\n  one-char:\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining("must be positive");
    }

    @Test
    void aScenarioCannotSetARunSetting() {
        assertThatThrownBy(() -> load("scenarios:\n  one-char:\n  stateful:\n    forks: 2\n")).isInstanceOf(ProfileException.class)
                .hasMessageEndingWith(":3: key 'scenarios.stateful.forks': is a run setting: set it under defaults");
    }

    @Test
    void durationsReadAndPrintAsWritten() {
        assertThat(Durations.parse("4h")).isEqualTo(Duration.ofHours(4));
        assertThat(Durations.parse(" 90S ")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("1h30m15s")).isEqualTo(Duration.ofSeconds(5415));
        assertThat(Durations.format(Duration.ofSeconds(5415))).isEqualTo("1h30m15s");
        assertThat(Durations.format(Duration.ofHours(4))).isEqualTo("4h");
        assertThat(Durations.format(Duration.ofMillis(300))).isEqualTo("300ms");
        assertThatThrownBy(() -> Durations.parse("4 hours")).hasMessageContaining("cannot read '4 hours' as a duration");
        assertThatThrownBy(() -> Durations.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void segmentSettingsAreReadUnderDefaults() throws IOException {
        Profile p = load("defaults:\n  segment-iterations: 40000\n  segment-memory: 1400\nscenarios:\n  one-char:\n");
        assertThat(p.defaults().segmentIterations()).isEqualTo(40_000);
        assertThat(p.defaults().segmentMemory()).isEqualTo(1400);
        Profile none = load("scenarios:\n  one-char:\n");
        assertThat(none.defaults().segmentIterations()).isNull();
        assertThat(none.defaults().segmentMemory()).isNull();
    }

    @Test
    void badSegmentValuesPointAtTheirLine() {
        assertThatThrownBy(() -> load("defaults:\n  segment-iterations: 0\nscenarios:\n  one-char:\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining(":2:").hasMessageContaining("a positive integer");
        assertThatThrownBy(() -> load("defaults:\n  segment-memory: lots\nscenarios:\n  one-char:\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining(":2:").hasMessageContaining("a positive integer");
    }

    @Test
    void aScenarioCannotSetASegmentSetting() {
        assertThatThrownBy(() -> load("scenarios:\n  one-char:\n  stateful:\n    segment-memory: 900\n"))
                .isInstanceOf(ProfileException.class)
                .hasMessageEndingWith(":3: key 'scenarios.stateful.segment-memory': is a run setting: set it under defaults");
        assertThatThrownBy(() -> load("scenarios:\n  one-char:\n    segment-iterations: 900\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining("'scenarios.one-char.segment-iterations': is a run setting");
    }
}
