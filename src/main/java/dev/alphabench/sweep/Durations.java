package dev.alphabench.sweep;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Time limits as people write them: {@code 90s}, {@code 30m}, {@code 4h}, {@code 1h30m}, or plain seconds. */
public final class Durations {
    private static final Pattern FORM = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

    private Durations() {
    }

    /** @throws IllegalArgumentException for anything else, or for zero */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration d;
        if (t.matches("\\d+")) {
            d = Duration.ofSeconds(Long.parseLong(t));
        } else {
            Matcher m = FORM.matcher(t);
            if (t.isEmpty() || !m.matches()) {
                throw new IllegalArgumentException("cannot read '" + text + "' as a duration (e.g. 90s, 30m, 4h, 1h30m)");
            }
            d = Duration.ofHours(part(m, 1)).plusMinutes(part(m, 2)).plusSeconds(part(m, 3));
        }
        if (d.isZero()) {
            throw new IllegalArgumentException("a duration must be positive (got '" + text + "')");
        }
        return d;
    }

    public static String format(Duration d) {
        long s = d.getSeconds();
        String out = (s >= 3600 ? s / 3600 + "h" : "") + (s % 3600 >= 60 ? s / 60 % 60 + "m" : "") + (s % 60 > 0 ? s % 60 + "s" : "");
        return out.isEmpty() ? d.toMillis() + "ms" : out;
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
