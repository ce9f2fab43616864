package dev.alphabench.ab;

/** A git ref that does not name a commit, or whose commit does not build: input the user can fix (exit 2). */
public class RefException extends RuntimeException {
    public RefException(String message) {
        super(message);
    }
}
