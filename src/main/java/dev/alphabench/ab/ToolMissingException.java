package dev.alphabench.ab;

/** git or the Maven wrapper cannot be started here: the environment's problem (exit 3), not the input's. */
public class ToolMissingException extends RuntimeException {
    public ToolMissingException(String message, Throwable cause) {
        super(message, cause);
    }
}
