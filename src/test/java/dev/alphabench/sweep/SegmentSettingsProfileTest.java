package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segment settings a profile may set under defaults: segment-iterations and segment-memory. */
class SegmentSettingsProfileTest {
    @TempDir
    Path dir;

    private Profile load(String yaml) throws IOException {
        Files.writeString(dir.resolve("p.yaml"), yaml);
        return new ProfileLoader(dir).load("p");
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
    void badValuesPointAtTheirLine() {
        assertThatThrownBy(() -> load("defaults:\n  segment-iterations: 0\nscenarios:\n  one-char:\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining(":2:").hasMessageContaining("a positive integer");
        assertThatThrownBy(() -> load("defaults:\n  segment-memory: lots\nscenarios:\n  one-char:\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining(":2:").hasMessageContaining("a positive integer");
    }

    @Test
    void aScenarioCannotSetThem() {
        assertThatThrownBy(() -> load("scenarios:\n  one-char:\n  stateful:\n    segment-memory: 900\n"))
                .isInstanceOf(ProfileException.class)
                .hasMessageEndingWith(":3: key 'scenarios.stateful.segment-memory': is a run setting: set it under defaults");
        assertThatThrownBy(() -> load("scenarios:\n  one-char:\n    segment-iterations: 900\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining("'scenarios.one-char.segment-iterations': is a run setting");
    }
}
