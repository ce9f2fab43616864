package dev.alphabench.backend;

/**
 * This machine cannot run the build's hardware target (no GPU, unsupported GPU, missing CUDA
 * libraries, or ND4J loaded another backend than the build expects). The CLI maps it to exit code 3.
 */
public class BackendException extends RuntimeException {
    public BackendException(String message) {
        super(message);
    }

    public BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
