package dev.alphabench.cli;

import dev.alphabench.regress.Metric;
import dev.alphabench.regress.Statistic;
import dev.alphabench.scenario.Layout;
import dev.alphabench.sweep.Shard;
import dev.alphabench.tune.Config;
import java.util.function.Function;
import picocli.CommandLine;

/** Option values parsed by picocli, so that a bad one is the usual one-line parameter error (exit 2). */
final class Converters {
    private Converters() {
    }

    static void register(CommandLine cl) {
        add(cl, Layout.class, Layout::parse);
        add(cl, Shard.class, Shard::parse);
        add(cl, Config.class, Config::parse);
        add(cl, Metric.class, Metric::parse);
        add(cl, Statistic.class, Statistic::parse);
    }

    private static <T> void add(CommandLine cl, Class<T> type, Function<String, T> parse) {
        cl.registerConverter(type, text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        });
    }
}
