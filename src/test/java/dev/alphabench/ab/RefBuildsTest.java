package dev.alphabench.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolving refs in this repository (the build itself is exercised by CheckBaseRefTest). */
class RefBuildsTest {
    private final RefBuilds builds = new RefBuilds(Path.of(""), "cpu", List.of("cpu"), new PrintStream(OutputStream.nullOutputStream()));

    @Test
    void headNamesACommit() {
        assertThat(builds.commit("HEAD")).matches("[0-9a-f]{40}");
    }

    @Test
    void anUnknownRefOrAnOptionIsRefused() {
        assertThatThrownBy(() -> builds.commit("no-such-branch-xyz")).isInstanceOf(RefException.class)
                .hasMessageContaining("unknown git ref 'no-such-branch-xyz'");
        assertThatThrownBy(() -> builds.build("no-such-branch-xyz")).isInstanceOf(RefException.class);
        assertThatThrownBy(() -> builds.commit("--all")).isInstanceOf(RefException.class);
    }

    @Test
    void gitThatCannotStartIsTheEnvironmentsProblem() {
        RefBuilds nowhere = new RefBuilds(Path.of("/no-such-dir-for-alphabench"), "cpu", List.of("cpu"),
                new PrintStream(OutputStream.nullOutputStream()));
        assertThatThrownBy(() -> nowhere.commit("HEAD")).isInstanceOf(ToolMissingException.class).hasMessageContaining("cannot run git");
    }
}
