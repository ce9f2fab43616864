package dev.alphabench.report;

/** A results file that cannot be used: missing, truncated, or without the needed columns. */
public class InvalidResultsException extends RuntimeException {
    public InvalidResultsException(String message) {
        super(message);
    }
}
