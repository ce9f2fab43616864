package dev.alphabench.backend;

import dev.alphabench.settings.Settings;
import java.lang.reflect.Field;
import java.util.function.Supplier;
import org.bytedeco.javacpp.PointerScope;

/**
 * How the native pointers that ND4J allocates through JavaCPP during a training step are freed.
 *
 * <p>{@code -Dalphabench.pointergc=javacpp} (JavaCPP's default): every such pointer is registered
 * with JavaCPP's reference queue and freed by its deallocator thread after the garbage collector
 * finds it unreachable. {@code scoped}: JavaCPP's queue is switched off and every fit or
 * evaluation call runs inside a JavaCPP {@link PointerScope}, which frees the pointers allocated in
 * the call when it returns. ND4J's own array deallocator stays on in both (unlike
 * {@code -Dorg.bytedeco.javacpp.nopointergc=true}, which ND4J also reads, so that arrays leak).
 *
 * <p>JavaCPP reads {@code org.bytedeco.javacpp.nopointergc} once, when its {@code Pointer} class
 * initialises, and ND4J reads the same property later when it starts its deallocator. So
 * {@link #configure} sets the property, initialises {@code Pointer}, and clears the property
 * again, before ND4J loads. Whether that took effect is read back from JavaCPP ({@link #describe}).
 */
public final class PointerGc {
    static final String JAVACPP_PROPERTY = "org.bytedeco.javacpp.nopointergc";
    private static volatile boolean configured;
    private static volatile boolean scoped;

    private PointerGc() {
    }

    /**
     * Switches JavaCPP's reference queue off when {@code scoped} is requested; call before anything
     * loads ND4J or JavaCPP. {@code scoped} is opt-in: on CPU it trains the same networks bit for bit at
     * 1.2-1.6x the samples/s with half the memory, but the regression gate's baseline could not yet be
     * re-taken for it (docs/PERFORMANCE.md, docs/REGRESSION.md). Idempotent; too late is not an
     * error: {@link #scoped()} then reads false.
     */
    public static synchronized void configure(Settings settings) {
        if (configured) {
            return;
        }
        boolean wanted = requested(settings);
        if (wanted && System.getProperty(JAVACPP_PROPERTY) == null) {
            System.setProperty(JAVACPP_PROPERTY, "true");
            try {
                Class.forName("org.bytedeco.javacpp.Pointer", true, PointerGc.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("JavaCPP is not on the class path", e);
            } finally {
                System.clearProperty(JAVACPP_PROPERTY);
            }
        }
        scoped = wanted && !javacppQueueOn();
        configured = true;
    }

    private static boolean requested(Settings settings) {
        return settings.tuning() && settings.pointerGc() == Settings.PointerGcMode.SCOPED;
    }

    /** True when fit and evaluation calls must run in a pointer scope (configured, and JavaCPP's queue is off). */
    public static boolean scoped() {
        return scoped;
    }

    /** Runs {@code work} in a pointer scope when {@link #scoped()}; plainly otherwise. */
    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public static <T> T call(Supplier<T> work) {
        if (scoped()) {
            try (PointerScope ignored = new PointerScope()) {
                return work.get();
            }
        } else {
            return work.get();
        }
    }

    /** Reads JavaCPP's own state: is its reference queue (and deallocator thread) running? */
    static boolean javacppQueueOn() {
        try {
            Field f = Class.forName("org.bytedeco.javacpp.Pointer").getDeclaredField("referenceQueue");
            f.setAccessible(true);
            return f.get(null) != null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read JavaCPP's reference queue: " + e, e);
        }
    }

    /** For the settings stamp: what is in force, read back from JavaCPP. */
    static String describe(Settings settings) {
        if (Boolean.parseBoolean(System.getProperty(JAVACPP_PROPERTY, "false").trim())) {
            // the user's own nopointergc: ND4J's array GC is off too, whatever the scopes free
            return "pointergc=" + JAVACPP_PROPERTY + (scoped() ? "+scopes" : "");
        }
        if (scoped()) {
            return "pointergc=scoped";
        }
        if (!javacppQueueOn()) {
            return "pointergc=off(JavaCPP's queue)";
        }
        return requested(settings) ? "pointergc=javacpp(scoped requested too late)" : "pointergc=javacpp";
    }
}
