package dev.alphabench.sweep;

/** A profile that cannot be used; the message names the file, and where known the line and the key. */
public class ProfileException extends RuntimeException {
    public ProfileException(String message) {
        super(message);
    }
}
