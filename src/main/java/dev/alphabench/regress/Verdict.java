package dev.alphabench.regress;

import java.util.Locale;

/** The outcome for one cell; {@link #fails()} says whether it turns the gate red. */
public enum Verdict {
    OK(false), SLOWER(true), ACCURACY(true), SLOWER_AND_ACCURACY(true), FAILED(true), MISSING(true),
    NEW(false), BASELINE_NOT_OK(false);

    private final boolean fails;

    Verdict(boolean fails) {
        this.fails = fails;
    }

    public boolean fails() {
        return fails;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
