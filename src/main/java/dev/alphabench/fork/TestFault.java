package dev.alphabench.fork;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test-only: {@code -Dalphabench.test.fault=KIND[@REPETITION]} (Settings#testFault) makes a child JVM fail for real as
 * it starts that repetition (default 0), or with {@code KIND@REPETITION:EPOCH} once that repetition has
 * trained that epoch (mid-cell, for segments), so the tests can show that a dying child is one failed
 * cell. KIND is {@code sigkill} (kills itself with SIGKILL), {@code crash} (writes to address 0:
 * SIGSEGV in native code), {@code hang}, {@code heap} (allocates Java heap without bound) or
 * {@code native} (allocates native memory through JavaCPP without bound, as ND4J does). Only
 * {@link ForkChild} reads it.
 */
final class TestFault {
    private TestFault() {
    }

    static void fire(String spec, long repetition) {
        if (spec == null || spec.contains(":")) {
            return;
        }
        String[] parts = spec.split("@");
        if (repetition != (parts.length > 1 ? Long.parseLong(parts[1]) : 0)) {
            return;
        }
        act(spec, parts[0]);
    }

    /** {@code KIND@REPETITION:EPOCH} fires once that repetition has trained that epoch (counted over its segments). */
    static void fireAfterEpoch(String spec, long repetition, int epoch) {
        if (spec == null || !spec.contains(":")) {
            return;
        }
        String[] parts = spec.split("[@:]");
        if (repetition == Long.parseLong(parts[1]) && epoch == Integer.parseInt(parts[2])) {
            act(spec, parts[0]);
        }
    }

    private static void act(String spec, String kind) {
        try {
            switch (kind) {
                case "sigkill" -> {
                    new ProcessBuilder("kill", "-KILL", Long.toString(ProcessHandle.current().pid())).start().waitFor();
                    Thread.sleep(TimeUnit.MINUTES.toMillis(1));
                }
                case "crash" -> {
                    Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
                    var field = unsafeClass.getDeclaredField("theUnsafe");
                    field.setAccessible(true);
                    unsafeClass.getMethod("putAddress", long.class, long.class).invoke(field.get(null), 0L, 42L);
                }
                case "hang" -> Thread.sleep(Long.MAX_VALUE);
                case "heap" -> {
                    List<long[]> hoard = new ArrayList<>();
                    while (true) {
                        hoard.add(new long[1 << 20]);
                    }
                }
                case "native" -> {
                    List<org.bytedeco.javacpp.Pointer> hoard = new ArrayList<>();
                    while (true) {
                        hoard.add(new org.bytedeco.javacpp.BytePointer(64L << 20));
                    }
                }
                default -> throw new IllegalArgumentException("unknown test fault '" + kind + "'");
            }
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException("test fault " + spec + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
