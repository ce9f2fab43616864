package dev.alphabench.settings;

/** A {@code -Dalphabench.*} setting with a value the harness does not know; the CLI exits 2 with the message. */
public class InvalidSettingException extends IllegalArgumentException {
    public InvalidSettingException(String message) {
        super(message);
    }
}
