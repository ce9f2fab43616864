package dev.alphabench.settings;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.deeplearning4j.nn.conf.WorkspaceMode;

/**
 * Every setting of a run, read once at start-up from the {@code -Dalphabench.*} system properties,
 * the environment and the JVM's arguments, and validated there: this is the only class that reads
 * them. A bad value is an {@link InvalidSettingException} naming the property and its valid values.
 *
 * @param tuning           false with {@code -Dalphabench.tuning=off}: DL4J's own defaults throughout
 * @param threads          ND4J threads to set; null leaves it to ND4J (OMP_NUM_THREADS set, or {@code nd4j})
 * @param workspaces       DL4J workspace mode; null keeps DL4J's default
 * @param periodicGc       ND4J's periodic GC: {@code on}, {@code off} or a window in ms; null keeps ND4J's
 * @param target           the target name to record instead of the build's; null: the build's
 * @param nvidiaSmi        the command that lists the GPUs
 * @param profiles         the directory of sweep and JMH profiles
 * @param jmhChecks        where a JMH fork records its learning check; null: it only prints
 * @param testSlowdown     test-only: each timed epoch is made this fraction longer
 * @param ompNumThreads    the environment's OMP_NUM_THREADS, null when unset
 * @param jvmArgs          the JVM arguments that change performance, for the stamp
 */
public record Settings(boolean tuning, Integer threads, WorkspaceMode workspaces, String periodicGc,
                       PointerGcMode pointerGc, Lstm lstm, StatefulGradient statefulGradient,
                       String target, String nvidiaSmi, Path profiles, Path jmhChecks, double testSlowdown,
                       String ompNumThreads, List<String> jvmArgs) {
    public static final String PREFIX = "alphabench.";
    public static final String TUNING = PREFIX + "tuning";
    public static final String POINTER_GC = PREFIX + "pointergc";
    public static final String LSTM = PREFIX + "lstm";
    public static final String STATEFUL_GRADIENT = PREFIX + "stateful.gradient";
    public static final String JMH_CHECKS = PREFIX + "jmh.checks";
    public static final String TEST_SLOWDOWN = PREFIX + "test.slowdown";

    /** How native pointers are freed (backend/PointerGc); {@code scoped} is opt-in. */
    public enum PointerGcMode { JAVACPP, SCOPED }

    /** The LSTM of non-stateful scenarios: DL4J's layer, or libnd4j's fused ops (model/FusedLstm). */
    public enum Lstm { DL4J, FUSED }

    /** The stateful scenario's gradient: the one Keras computes (model/CarriedStateGradient), or DL4J's TBPTT one. */
    public enum StatefulGradient { KERAS, DL4J }

    /** This JVM's settings: its system properties, environment and arguments. */
    public static Settings fromSystem() {
        return parse(System.getProperties(), System.getenv(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    /** Harness defaults, as with no property and no OMP_NUM_THREADS set. */
    public static Settings defaults() {
        return parse(new Properties(), Map.of(), List.of());
    }

    public static Settings parse(Properties p, Map<String, String> env, List<String> jvmArgs) {
        boolean tuning = !"off".equalsIgnoreCase(value(p, TUNING, "on"));
        String omp = blankToNull(env.get("OMP_NUM_THREADS"));
        String nvidiaSmi = value(p, PREFIX + "nvidia-smi", blankToNull(env.get("ALPHABENCH_NVIDIA_SMI")));
        String checks = value(p, JMH_CHECKS, null);
        String threads = p.getProperty(PREFIX + "threads", "1").trim();
        return new Settings(tuning, omp != null || threads.isEmpty() ? null : threads(threads),
                tuning ? workspaces(value(p, PREFIX + "workspaces", null)) : null,
                periodicGc(value(p, PREFIX + "periodicgc", null)),
                choice(p, POINTER_GC, PointerGcMode.class, PointerGcMode.JAVACPP),
                choice(p, LSTM, Lstm.class, Lstm.DL4J),
                choice(p, STATEFUL_GRADIENT, StatefulGradient.class, StatefulGradient.KERAS),
                value(p, PREFIX + "target", null), nvidiaSmi == null ? "nvidia-smi" : nvidiaSmi,
                Path.of(value(p, PREFIX + "profiles", "profiles")), checks == null ? null : Path.of(checks),
                slowdown(value(p, TEST_SLOWDOWN, "0")), omp, performanceArgs(jvmArgs));
    }

    /** The settings part of the environment stamp; {@code tuningInForce} is what the backend read back. */
    public String stamp(String tuningInForce) {
        List<String> parts = new ArrayList<>();
        parts.add("OMP_NUM_THREADS=" + (ompNumThreads == null ? "unset" : ompNumThreads));
        parts.addAll(jvmArgs);
        parts.add(tuningInForce);
        parts.add("stateful-gradient=" + id(statefulGradient));
        parts.add("lstm=" + id(lstm));
        return String.join(" ", parts);
    }

    public static String id(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> performanceArgs(List<String> args) {
        return args.stream().filter(a -> a.startsWith("-X") || a.startsWith("-Dorg.bytedeco")
                || a.startsWith("-Dorg.nd4j") || a.startsWith("-Dalphabench")).toList();
    }

    private static <E extends Enum<E>> E choice(Properties p, String name, Class<E> type, E fallback) {
        String v = value(p, name, id(fallback));
        for (E e : type.getEnumConstants()) {
            if (id(e).equalsIgnoreCase(v)) {
                return e;
            }
        }
        List<String> valid = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            valid.add(id(e));
        }
        throw invalid(name, v, String.join(", ", valid));
    }

    private static Integer threads(String v) {
        if (v.equals("nd4j")) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(PREFIX + "threads", v, "a positive whole number, nd4j");
    }

    private static WorkspaceMode workspaces(String v) {
        try {
            return v == null ? null : WorkspaceMode.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(PREFIX + "workspaces", v, String.join(", ", java.util.Arrays.stream(WorkspaceMode.values()).map(Settings::id).toList()));
        }
    }

    private static String periodicGc(String v) {
        if (v == null || v.equalsIgnoreCase("on") || v.equalsIgnoreCase("off") || v.matches("[1-9][0-9]{0,8}")) {
            return v;
        }
        throw invalid(PREFIX + "periodicgc", v, "on, off, a window in milliseconds");
    }

    private static double slowdown(String v) {
        try {
            double d = Double.parseDouble(v);
            if (d >= 0 && Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(TEST_SLOWDOWN, v, "a fraction, 0 or more");
    }

    private static InvalidSettingException invalid(String name, String value, String valid) {
        return new InvalidSettingException("-D" + name + "=" + value + ": valid values are " + valid);
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
