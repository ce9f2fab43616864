package dev.alphabench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Cores this process kept busy on average over an interval: process CPU time / wall time. On a
 * shared machine throughput falls with this share, so throughput / share is steadier than throughput.
 */
public final class CpuShare {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final long cpuStart = OS.getProcessCpuTime();
    private final long wallStart = System.nanoTime();

    /** CPU time of the calling thread in nanoseconds (time other processes do not reach), or -1 when the JVM cannot measure it. */
    public static long threadNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
    }

    public static CpuShare start() {
        return new CpuShare();
    }

    /** Average busy cores since {@link #start()}; NaN when the JVM cannot report process CPU time. */
    public double stop() {
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime() - wallStart;
        return cpuStart < 0 || cpu < 0 || wall <= 0 ? Double.NaN : (cpu - cpuStart) / (double) wall;
    }
}
