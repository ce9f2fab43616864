package dev.alphabench.cli;

/** The machine cannot run what was asked (no GPU, wrong backend loaded); exit code 3. */
public class EnvironmentException extends RuntimeException {
    public EnvironmentException(String message) {
        super(message);
    }
}
