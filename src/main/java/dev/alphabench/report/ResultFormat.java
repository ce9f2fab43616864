package dev.alphabench.report;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One output format: writes {@code results} to files named after {@code base} (a path without the
 * extension) and returns the files written. Each kind of results has an enum of its formats, chosen by
 * name with {@link #byName}: {@link RunFormat} for a run's rows, {@code compare.ReportFormat} for a comparison.
 */
@FunctionalInterface
public interface ResultFormat<T> {
    List<Path> write(T results, Path base);

    /** The format of enum {@code type} whose lower-case name is {@code name}; one clear message otherwise. */
    static <E extends Enum<E> & ResultFormat<?>> E byName(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(name.trim().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (valid: " + Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + ")");
    }
}
