package dev.alphabench.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The harness's performance defaults (docs/PERFORMANCE.md has the measurements behind each).
 * Every value can be overridden with a system property; {@code -Dalphabench.tuning=off} applies
 * none of them, which gives DL4J's own defaults.
 */
public final class Tuning {
    public static final String SWITCH = "alphabench.tuning";
    public static final String THREADS = "alphabench.threads";
    public static final String WORKSPACES = "alphabench.workspaces";
    public static final String PERIODIC_GC = "alphabench.periodicgc";
    static final String DEFAULT_THREADS = "1";
    private static volatile boolean nativeApplied;

    private Tuning() {
    }

    public static boolean enabled() {
        return !"off".equalsIgnoreCase(System.getProperty(SWITCH, "on").trim());
    }

    /** Thread count and ND4J memory manager settings; idempotent. */
    public static void applyToNd4j() {
        if (!enabled() || nativeApplied) {
            return;
        }
        Nd4j.getExecutioner(); // loads the backend: NativeOpsHolder needs it
        Integer threads = threads();
        if (threads != null) {
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
        }
        String gc = System.getProperty(PERIODIC_GC);
        if (gc != null) {
            boolean on = !"off".equalsIgnoreCase(gc.trim());
            Nd4j.getMemoryManager().togglePeriodicGc(on);
            if (on && !gc.equalsIgnoreCase("on")) {
                Nd4j.getMemoryManager().setAutoGcWindow(Integer.parseInt(gc.trim()));
            }
        }
        nativeApplied = true;
    }

    /**
     * Threads to use: OMP_NUM_THREADS wins (null: leave it to ND4J), then -Dalphabench.threads,
     * else 1, because at these sizes an op costs microseconds and OpenMP's hand-off costs more.
     */
    static Integer threads() {
        String env = System.getenv("OMP_NUM_THREADS");
        if (env != null && !env.isBlank()) {
            return null;
        }
        String prop = System.getProperty(THREADS, DEFAULT_THREADS);
        return prop.isBlank() || prop.trim().equals("nd4j") ? null : Integer.valueOf(prop.trim());
    }

    /** Workspace mode for training and inference; null keeps DL4J's default (ENABLED). */
    public static WorkspaceMode workspaceMode() {
        String v = System.getProperty(WORKSPACES);
        if (!enabled() || v == null || v.isBlank()) {
            return null;
        }
        return WorkspaceMode.valueOf(v.trim().toUpperCase(Locale.ROOT));
    }

    /** The settings in force, for the environment stamp. */
    public static String describe() {
        if (!enabled()) {
            return "tuning=off";
        }
        List<String> parts = new ArrayList<>();
        // JavaCPP's physical-memory guard stays on (maxphysicalbytes=0 saved ~2% but removes the guard)
        parts.add("maxphysicalbytes=" + Pointer.maxPhysicalBytes());
        Integer t = threads();
        parts.add("threads=" + (t != null ? t : System.getenv("OMP_NUM_THREADS") != null ? "OMP_NUM_THREADS" : "nd4j"));
        WorkspaceMode w = workspaceMode();
        parts.add("workspaces=" + (w == null ? "ENABLED" : w));
        parts.add("periodicgc=" + System.getProperty(PERIODIC_GC, "nd4j-default"));
        parts.add(PointerGc.describe());
        return "tuning[" + String.join(",", parts) + "]";
    }
}
