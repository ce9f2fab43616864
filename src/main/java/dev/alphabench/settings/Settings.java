package dev.alphabench.settings;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.deeplearning4j.nn.conf.WorkspaceMode;

/**
 * Every setting of a run, read once at start-up from the {@code -Dalphabench.*} system properties,
 * the environment and the JVM's arguments, and validated there: the only class that reads them. A bad
 * value is an {@link InvalidSettingException} naming the property and its valid values.
 *
 * @param tuning        false with {@code -Dalphabench.tuning=off}: DL4J's own defaults throughout
 * @param threads       ND4J threads to set; null leaves it to ND4J (OMP_NUM_THREADS set, or {@code nd4j})
 * @param workspaces    DL4J workspace mode; null keeps DL4J's default
 * @param periodicGc    ND4J's periodic GC: {@code on}, {@code off} or a window in ms; null keeps ND4J's
 * @param target        the target name to record instead of the build's; null: the build's
 * @param jmhChecks     where a JMH fork records its learning check; null: it only prints
 * @param testSlowdown  test-only: each timed epoch is made this fraction longer
 * @param jvmArgs       the JVM arguments that change performance, for the stamp
 * @param testFault     test-only: how a sweep's child JVM fails ({@code sigkill|crash|hang|heap|native[@repetition[:epoch]]}); null: never
 */
public record Settings(boolean tuning, Integer threads, WorkspaceMode workspaces, String periodicGc,
                       PointerGcMode pointerGc, Lstm lstm, StatefulGradient statefulGradient,
                       String target, String nvidiaSmi, Path profiles, Path jmhChecks, double testSlowdown,
                       String ompNumThreads, List<String> jvmArgs, String testFault) {
    public static final String TUNING = "alphabench.tuning";
    public static final String POINTER_GC = "alphabench.pointergc";
    public static final String LSTM = "alphabench.lstm";
    public static final String STATEFUL_GRADIENT = "alphabench.stateful.gradient";
    public static final String JMH_CHECKS = "alphabench.jmh.checks";

    /** How native pointers are freed (backend/PointerGc); {@code scoped} is opt-in. */
    public enum PointerGcMode { JAVACPP, SCOPED }

    /** The LSTM of non-stateful scenarios: DL4J's layer, or libnd4j's fused ops (model/FusedLstm). */
    public enum Lstm { DL4J, FUSED }

    /** The stateful scenario's gradient: the one Keras computes (model/CarriedStateGradient), or DL4J's TBPTT one. */
    public enum StatefulGradient { KERAS, DL4J }

    /** This JVM's settings: its system properties, environment and arguments. */
    public static Settings fromSystem() {
        return parse(System.getProperties(), System.getenv(), ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** Harness defaults, as with no property and no OMP_NUM_THREADS set. */
    public static Settings defaults() {
        return parse(new Properties(), Map.of(), List.of());
    }

    public static Settings parse(Properties p, Map<String, String> env, List<String> jvmArgs) {
        boolean tuning = !"off".equalsIgnoreCase(value(p, TUNING, "on"));
        String omp = blankToNull(env.get("OMP_NUM_THREADS"));
        String threads = p.getProperty("alphabench.threads", "1").trim();
        String nvidiaSmi = value(p, "alphabench.nvidia-smi", blankToNull(env.get("ALPHABENCH_NVIDIA_SMI")));
        String checks = value(p, JMH_CHECKS, null);
        String workspaces = value(p, "alphabench.workspaces", null);
        String valid = String.join(", ", Arrays.stream(WorkspaceMode.values()).map(Settings::id).toList());
        return new Settings(tuning,
                omp != null || threads.isEmpty() || threads.equals("nd4j") ? null
                        : checked("alphabench.threads", threads, Integer::valueOf, n -> n > 0, "a positive whole number, nd4j"),
                !tuning || workspaces == null ? null : checked("alphabench.workspaces", workspaces,
                        w -> WorkspaceMode.valueOf(w.toUpperCase(Locale.ROOT)), w -> true, valid),
                checked("alphabench.periodicgc", value(p, "alphabench.periodicgc", null), Function.identity(),
                        v -> v == null || v.matches("(?i)on|off|[1-9][0-9]{0,8}"), "on, off, a window in milliseconds"),
                choice(p, POINTER_GC, PointerGcMode.JAVACPP), choice(p, LSTM, Lstm.DL4J),
                choice(p, STATEFUL_GRADIENT, StatefulGradient.KERAS),
                value(p, "alphabench.target", null), nvidiaSmi == null ? "nvidia-smi" : nvidiaSmi,
                Path.of(value(p, "alphabench.profiles", "profiles")), checks == null ? null : Path.of(checks),
                checked("alphabench.test.slowdown", value(p, "alphabench.test.slowdown", "0"), Double::valueOf,
                        d -> d >= 0 && d < Double.POSITIVE_INFINITY, "a fraction, 0 or more"),
                omp, jvmArgs.stream().filter(a -> a.startsWith("-X") || a.startsWith("-Dorg.bytedeco")
                        || a.startsWith("-Dorg.nd4j") || a.startsWith("-Dalphabench")).toList(),
                checked("alphabench.test.fault", value(p, "alphabench.test.fault", null), Function.identity(),
                        v -> v == null || v.matches("(sigkill|crash|hang|heap|native)(@\\d+(:\\d+)?)?"),
                        "sigkill, crash, hang, heap, native, each with @REPETITION or @REPETITION:EPOCH or not"));
    }

    /** The settings part of the environment stamp; {@code tuningInForce} is what the backend read back. */
    public String stamp(String tuningInForce) {
        List<String> parts = new ArrayList<>(List.of("OMP_NUM_THREADS=" + (ompNumThreads == null ? "unset" : ompNumThreads)));
        parts.addAll(jvmArgs);
        parts.addAll(List.of(tuningInForce, "stateful-gradient=" + id(statefulGradient), "lstm=" + id(lstm)));
        return String.join(" ", parts);
    }

    public static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> E choice(Properties p, String name, E fallback) {
        List<E> all = Arrays.asList(fallback.getDeclaringClass().getEnumConstants());
        String valid = String.join(", ", all.stream().map(Settings::id).toList());
        return checked(name, value(p, name, id(fallback)), v -> all.stream().filter(e -> id(e).equalsIgnoreCase(v))
                .findFirst().orElseThrow(), e -> true, valid);
    }

    private static <T> T checked(String name, String value, Function<String, T> parse,
                                 java.util.function.Predicate<T> ok, String valid) {
        try {
            T t = parse.apply(value);
            if (ok.test(t)) {
                return t;
            }
        } catch (RuntimeException e) {
            // reported below, as any value that is not valid
        }
        throw new InvalidSettingException("-D" + name + "=" + value + ": valid values are " + valid);
    }

    /** The trimmed property, or {@code fallback} when unset or blank. */
    private static String value(Properties p, String name, String fallback) {
        String v = blankToNull(p.getProperty(name));
        return v == null ? fallback : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
