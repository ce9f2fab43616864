package dev.alphabench.backend;

import java.util.Locale;

/** One NVIDIA GPU as nvidia-smi reports it; computeCapability is "" when the driver cannot tell. */
public record GpuInfo(String name, String computeCapability, long memoryMb, String driverVersion) {

    /** The major compute capability, -1 when unknown. */
    public int major() {
        return part(0);
    }

    public int minor() {
        return part(1);
    }

    private int part(int index) {
        String[] parts = computeCapability.split("\\.");
        try {
            return parts.length == 2 ? Integer.parseInt(parts[index].trim()) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Whether the GPU target has kernels for this GPU (unknown capabilities pass until ND4J opens the device). */
    public boolean runs(Target target) {
        return target.supportsComputeCapability(major(), minor());
    }

    public String describe() {
        return String.format(Locale.ROOT, "%s (compute capability %s, %,d MiB, driver %s)", name,
                computeCapability.isEmpty() ? "unknown" : computeCapability, memoryMb, driverVersion);
    }
}
