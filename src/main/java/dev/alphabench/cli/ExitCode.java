package dev.alphabench.cli;

import dev.alphabench.ab.RefException;
import dev.alphabench.ab.ToolMissingException;
import dev.alphabench.backend.BackendException;
import dev.alphabench.report.InvalidResultsException;
import dev.alphabench.settings.InvalidSettingException;
import dev.alphabench.sweep.ProfileException;

/** Process exit codes of every alphabench command. */
public final class ExitCode {
    public static final int OK = 0;
    /** A regression was found, or some cells failed. */
    public static final int FAILED = 1;
    /** Bad input: unknown id, bad number, malformed file, unwritable output. */
    public static final int BAD_INPUT = 2;
    /** The environment cannot run this: no GPU, wrong backend loaded, missing native libraries. */
    public static final int ENVIRONMENT = 3;

    private ExitCode() {
    }

    /** The exit code of a command that threw {@code e} (picocli's exit-code exception mapper). */
    static int of(Throwable e) {
        return e instanceof BackendException || e instanceof ToolMissingException ? ENVIRONMENT : e instanceof BadInputException || e instanceof InvalidSettingException
                || e instanceof InvalidResultsException || e instanceof ProfileException || e instanceof RefException ? BAD_INPUT : FAILED;
    }
}
