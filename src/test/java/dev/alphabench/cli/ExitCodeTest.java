package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.alphabench.backend.BackendException;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.settings.InvalidSettingException;
import dev.alphabench.sweep.ProfileException;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
    @Test
    void exceptionsMapToTheDocumentedExitCodes() {
        assertThat(ExitCode.of(new BadInputException("x"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ExitCode.of(new InvalidSettingException("x"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ExitCode.of(new InvalidResultsException("x"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ExitCode.of(new ProfileException("x"))).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ExitCode.of(new BackendException("x"))).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(ExitCode.of(new IllegalStateException("a bug"))).isEqualTo(ExitCode.FAILED);
    }
}
