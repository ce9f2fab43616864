package dev.alphabench.report;

import java.util.Locale;

/** How a repetition or a cell ended: ok, invalid (trained, but failed validation: measured, not trusted) or failed (threw). */
public enum Status {
    OK, INVALID, FAILED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Status parse(String text) {
        for (Status s : values()) {
            if (s.id().equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + text + "' (valid: ok, invalid, failed)");
    }
}
