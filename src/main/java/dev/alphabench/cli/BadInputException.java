package dev.alphabench.cli;

/** Input the user can fix; reported as one line with exit code 2. */
public class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
