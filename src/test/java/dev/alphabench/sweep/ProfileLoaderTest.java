package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.scenario.Layout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), yaml);
    }

    private String error(String yaml) throws IOException {
        Path file = write("bad", yaml);
        try {
            new ProfileLoader(dir).load("bad");
        } catch (ProfileException e) {
            assertThat(e.getMessage()).startsWith(file.toString());
            return e.getMessage().substring(file.toString().length());
        }
        throw new AssertionError("no error for:\n" + yaml);
    }

    @Test
    void readsAValidProfileByNameWithDefaultsAndScenarioKeys() throws IOException {
        write("mine", """
                description: a test
                defaults:
                  epochs: [3, 4]
                  repetitions: 2
                scenarios:
                  one-char:
                    batch-sizes: [1, all]
                  timestep-window:
                    layouts: [time-steps, features]
                    epochs: 7
                """);
        Profile p = new ProfileLoader(dir).load("mine");
        assertThat(p.name()).isEqualTo("mine");
        assertThat(p.description()).isEqualTo("a test");
        assertThat(p.defaults().epochs()).containsExactly(3, 4);
        assertThat(p.scenarios()).extracting(b -> b.scenario().id()).containsExactly("one-char", "timestep-window");
        assertThat(p.scenarios().get(0).settings().batchSizes()).containsExactly(1, ProfileSettings.ALL_SAMPLES);
        assertThat(p.scenarios().get(0).line()).isEqualTo(6);
        assertThat(p.scenarios().get(1).settings().layouts()).containsExactly(Layout.TIME_STEPS, Layout.FEATURES);
        assertThat(p.scenarios().get(1).settings().epochs()).containsExactly(7);
    }

    @Test
    void readsAProfileByPath() throws IOException {
        Path file = write("elsewhere", "scenarios:\n  stateful:\n");
        Profile p = new ProfileLoader(dir.resolve("no-such-dir")).load(file.toString());
        assertThat(p.name()).isEqualTo("elsewhere");
        assertThat(p.scenarios()).hasSize(1);
    }

    @Test
    void shippedProfilesAllLoad() {
        ProfileLoader loader = new ProfileLoader(Path.of("profiles"));
        for (String name : List.of("smoke", "quick", "seed", "full")) {
            assertThat(Expansion.of(loader.load(name)).cells()).as(name).isNotEmpty();
        }
    }

    @Test
    void unknownKeyNamesLineAndKeyAndTheValidKeys() throws IOException {
        assertThat(error("defaults:\n  epochs: [2]\n  batch-size: [1]\nscenarios:\n  one-char:\n"))
                .startsWith(":3:").contains("key 'defaults.batch-size'", "unknown key 'batch-size'", "batch-sizes");
        assertThat(error("scenarios:\n  one-char:\n    hidden: [8]\n"))
                .startsWith(":3:").contains("key 'scenarios.one-char.hidden'", "unknown key");
        assertThat(error("scenario:\n  one-char:\n")).startsWith(":1:").contains("unknown key 'scenario'");
    }

    @Test
    void wrongTypeNamesLineAndKey() throws IOException {
        assertThat(error("scenarios:\n  one-char:\n    epochs: [10, ten]\n"))
                .startsWith(":3:").contains("key 'scenarios.one-char.epochs'", "wrong type", "'ten'");
        assertThat(error("defaults:\n  repetitions: [3]\nscenarios:\n  one-char:\n"))
                .startsWith(":2:").contains("key 'defaults.repetitions'", "wrong type");
        assertThat(error("defaults:\n  layouts: [sideways]\nscenarios:\n  one-char:\n"))
                .startsWith(":2:").contains("key 'defaults.layouts'", "unknown layout 'sideways'");
        assertThat(error("scenarios: [one-char]\n")).startsWith(":1:").contains("key 'scenarios'", "wrong type");
        assertThat(error("defaults:\n  epochs: [0]\nscenarios:\n  one-char:\n"))
                .startsWith(":2:").contains("key 'defaults.epochs'", "positive integer");
    }

    @Test
    void emptyListOrMissingValueNamesLineAndKey() throws IOException {
        assertThat(error("scenarios:\n  one-char:\n    batch-sizes: []\n"))
                .startsWith(":3:").contains("key 'scenarios.one-char.batch-sizes'", "empty list");
        assertThat(error("defaults:\n  epochs:\nscenarios:\n  one-char:\n"))
                .startsWith(":2:").contains("key 'defaults.epochs'", "no value");
        assertThat(error("scenarios: {}\n")).startsWith(":1:").contains("key 'scenarios'", "no scenarios");
    }

    @Test
    void unknownScenarioNamesLineKeyAndTheValidIds() throws IOException {
        assertThat(error("scenarios:\n  one-char:\n  one-chr:\n    epochs: [1]\n"))
                .startsWith(":3:").contains("key 'scenarios'", "unknown scenario 'one-chr'", "timestep-window");
    }

    @Test
    void missingFileListsTheAvailableProfiles() throws IOException {
        write("present", "scenarios:\n  one-char:\n");
        assertThatThrownBy(() -> new ProfileLoader(dir).load("absent"))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("profile 'absent' not found")
                .hasMessageContaining(dir.resolve("absent.yaml").toString())
                .hasMessageContaining("present");
    }

    @Test
    void structuralMistakesAreReportedWithTheirLine() throws IOException {
        assertThat(error("description: x\n")).contains("required key 'scenarios' missing");
        assertThat(error("")).contains("empty profile");
        assertThat(error("scenarios:\n  one-char:\n  one-char:\n")).startsWith(":3:").contains("duplicate key 'one-char'");
        assertThat(error("description: [a]\nscenarios:\n  one-char:\n")).startsWith(":1:")
                .contains("key 'description'", "wrong type: expected text");
        assertThat(error("defaults:\n  epochs: [1]\n  epochs: [2]\nscenarios:\n  one-char:\n")).startsWith(":3:").contains("epochs");
        assertThat(error("scenarios:\n  one-char: [\n")).startsWith(":").containsPattern("^:\\d+:\\d+: ");
    }

    @Test
    void aValueThatAppliesToNoCellOfItsScenarioIsAnError() throws IOException {
        assertThat(error("scenarios:\n  one-char:\n  stateful:\n    batch-sizes: [1, 4]\n"))
                .startsWith(":3:").contains("key 'scenarios.stateful.batch-sizes'", "value 4 applies to no cell", "stateful");
        assertThat(error("scenarios:\n  one-char:\n    sequences: [10]\n"))
                .startsWith(":2:").contains("key 'scenarios.one-char.sequences'", "variable-length only");
        assertThat(error("scenarios:\n  one-char:\n    batch-sizes: [1, 64]\n"))
                .contains("value 64 applies to no cell", "larger than the data set");
        assertThat(error("defaults:\n  windows: [30]\nscenarios:\n  one-char:\n"))
                .startsWith(":4:").contains("key 'scenarios.one-char'", "no cell applies", "window must be 1..25");
    }
}
