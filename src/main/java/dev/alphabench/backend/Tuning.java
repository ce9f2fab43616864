package dev.alphabench.backend;

import dev.alphabench.settings.Settings;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * Applies the harness's performance defaults (docs/PERFORMANCE.md has the measurements behind each)
 * as {@link Settings} holds them; {@code -Dalphabench.tuning=off} applies none of them, which gives
 * DL4J's own defaults.
 */
public final class Tuning {
    private static volatile boolean nativeApplied;

    private Tuning() {
    }

    /** Thread count and ND4J memory manager settings; idempotent. */
    public static void applyToNd4j(Settings settings) {
        if (!settings.tuning() || nativeApplied) {
            return;
        }
        Nd4j.getExecutioner(); // loads the backend: NativeOpsHolder needs it
        Integer threads = settings.threads();
        if (threads != null) {
            NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
            Nd4j.getEnvironment().setMaxThreads(threads);
            Nd4j.getEnvironment().setMaxMasterThreads(threads);
        }
        String gc = settings.periodicGc();
        if (gc != null) {
            boolean on = !"off".equalsIgnoreCase(gc);
            Nd4j.getMemoryManager().togglePeriodicGc(on);
            if (on && !gc.equalsIgnoreCase("on")) {
                Nd4j.getMemoryManager().setAutoGcWindow(Integer.parseInt(gc));
            }
        }
        nativeApplied = true;
    }

    /** The settings column of the environment stamp: the settings, with what JavaCPP reports in force. */
    public static String stamp(Settings settings) {
        if (!settings.tuning()) {
            return settings.stamp("tuning=off");
        }
        Integer t = settings.threads();
        // JavaCPP's physical-memory guard stays on (maxphysicalbytes=0 saved ~2% but removes the guard)
        return settings.stamp("tuning[" + String.join(",", "maxphysicalbytes=" + Pointer.maxPhysicalBytes(),
                "threads=" + (t != null ? t : settings.ompNumThreads() != null ? "OMP_NUM_THREADS" : "nd4j"),
                "workspaces=" + (settings.workspaces() == null ? "ENABLED" : settings.workspaces()),
                "periodicgc=" + (settings.periodicGc() == null ? "nd4j-default" : settings.periodicGc()),
                PointerGc.describe(settings)) + "]");
    }
}
