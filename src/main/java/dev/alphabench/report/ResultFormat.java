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

    /**
     * The format of enum {@code type} whose name is {@code name}: the constant's name in lower case with
     * '-' for '_' ({@code GITHUB_ACTION_BENCHMARK} is {@code github-action-benchmark}); one clear message otherwise.
     */
    static <E extends Enum<E> & ResultFormat<?>> E byName(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (name(e).equals(name.trim().toLowerCase(Locale.ROOT))) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (valid: " + Arrays.stream(type.getEnumConstants())
                .map(ResultFormat::name).collect(Collectors.joining(", ")) + ")");
    }

    private static String name(Enum<?> format) {
        return format.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
