package dev.alphabench.bench;

import dev.alphabench.settings.Settings;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * What one {@code bench} run will do: JMH options (the profile's, overridden key by key by the user's
 * JMH options, results forced to JSON) and the cells it will measure, validated before any JVM forks.
 *
 * @param cells every parameter combination JMH will run, in {@link BenchCell#PARAMS} order
 * @param forks forks per cell, for cells JMH returns no result for
 */
public record BenchPlan(Options options, List<Map<String, String>> cells, int forks) {

    /** Parses JMH's own command line; IllegalArgumentException carries JMH's message. */
    public static CommandLineOptions parseJmh(List<String> args) {
        try {
            return new CommandLineOptions(args.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new IllegalArgumentException("JMH option error: " + e.getMessage());
        }
    }

    /** Validates every cell and builds the options; IllegalArgumentException with one clear line. */
    public static BenchPlan of(JmhProfile profile, List<String> jmhArgs, Path resultJson, Path checksDir) {
        CommandLineOptions user = parseJmh(jmhArgs);
        checkParamNames(jmhArgs);
        if (user.getResultFormat().hasValue() && user.getResultFormat().get() != ResultFormatType.JSON) {
            throw new IllegalArgumentException("-rf " + user.getResultFormat().get().toString().toLowerCase()
                    + " is not supported: alphabench reads JMH's JSON and writes the common CSV itself");
        }
        if (user.getResult().hasValue()) {
            throw new IllegalArgumentException("-rff is chosen by alphabench (the JSON lands beside the CSV; use --out DIR)");
        }
        ChainedOptionsBuilder b = new OptionsBuilder().parent(user);
        if (user.getIncludes().isEmpty()) {
            b.include("^" + Pattern.quote(EpochBenchmark.class.getName() + "."));
        }
        if (profile.forks() != null && !user.getForkCount().hasValue()) b.forks(profile.forks());
        if (profile.warmupIterations() != null && !user.getWarmupIterations().hasValue()) {
            b.warmupIterations(profile.warmupIterations());
        }
        if (profile.measurementIterations() != null && !user.getMeasurementIterations().hasValue()) {
            b.measurementIterations(profile.measurementIterations());
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String name : BenchCell.PARAMS) {
            List<String> v;
            if (user.getParameter(name).hasValue()) {
                v = List.copyOf(user.getParameter(name).get());
            } else if (profile.params().containsKey(name)) {
                v = profile.params().get(name);
                b.param(name, v.toArray(String[]::new));
            } else {
                v = annotationDefault(name);
            }
            values.put(name, v);
        }
        List<String> append = new ArrayList<>(user.getJvmArgsAppend().orElse(List.of()));
        append.add("-D" + Settings.JMH_CHECKS + "=" + checksDir.toAbsolutePath());
        b.jvmArgsAppend(append.toArray(String[]::new))
                .resultFormat(ResultFormatType.JSON)
                .result(resultJson.toString());
        List<Map<String, String>> cells = crossProduct(values);
        for (Map<String, String> cell : cells) {
            try {
                BenchCell.scenario(cell);
                BenchCell.seed(cell.get(BenchCell.SEED));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad JMH parameters " + cell + ": " + e.getMessage());
            }
        }
        int forks = user.getForkCount().orElse(profile.forks() != null ? profile.forks()
                : EpochBenchmark.class.getAnnotation(Fork.class).value());
        return new BenchPlan(b.build(), cells, forks);
    }

    private static void checkParamNames(List<String> args) {
        for (int i = 0; i + 1 < args.size(); i++) {
            if (args.get(i).equals("-p")) {
                String name = args.get(i + 1).split("=", 2)[0];
                if (!BenchCell.PARAMS.contains(name)) {
                    throw new IllegalArgumentException("unknown JMH parameter '" + name + "' (EpochBenchmark has: "
                            + String.join(", ", BenchCell.PARAMS) + ")");
                }
            }
        }
    }

    static List<String> annotationDefault(String name) {
        try {
            Field f = EpochBenchmark.class.getField(name);
            return Arrays.asList(f.getAnnotation(Param.class).value());
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("EpochBenchmark has no @Param " + name, e);
        }
    }

    private static List<Map<String, String>> crossProduct(Map<String, List<String>> values) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : e.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(e.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }
}
