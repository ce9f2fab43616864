package dev.alphabench.sweep;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.alphabench.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep definition read from a file in profiles/: per-scenario value lists whose cross product
 * is the set of cells. See docs/SWEEP.md for the format.
 *
 * @param name        the profile name written to the PROFILE column (file name without .yaml)
 * @param file        where it was read from (for messages)
 * @param description free text
 * @param defaults    keys applied to every scenario unless the scenario sets them
 * @param scenarios   the scenarios to sweep, in file order, each with its own keys
 */
public record Profile(String name, Path file, String description, ProfileSettings defaults, List<ScenarioBlock> scenarios) {

    /** One entry under {@code scenarios:}; {@code line} is where its id stands in the file. */
    public record ScenarioBlock(Scenario scenario, ProfileSettings settings, int line) {
    }

    /** The file's shape, as Jackson binds it (a class, for the reason given on ProfileSettings). */
    @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
    static final class Document {
        String description;
        ProfileSettings defaults;
        @JsonDeserialize(using = ScenarioBlocksReader.class)
        List<ScenarioBlock> scenarios;
    }
}
