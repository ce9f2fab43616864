package dev.alphabench.backend;

import java.util.Locale;

/** One NVIDIA GPU as nvidia-smi reports it; computeCapability is "" when the driver cannot tell. */
public record GpuInfo(String name, String computeCapability, long memoryMb, String driverVersion) {

    /** Compute capabilities nd4j-cuda-11.6 1.0.0-M2.1 ships kernels for (no PTX, so nothing newer runs). */
    public static final String SUPPORTED_ARCHITECTURES = "sm_37, 50, 52, 60, 61, 70, 75, 80, 86";

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

    /**
     * Whether nd4j-cuda-11.6 1.0.0-M2.1 has kernels for this GPU. A cubin runs on its own major
     * version with an equal or higher minor (sm_86 code runs on Ada's 8.9), never on a newer major.
     * Unknown capabilities pass here and are checked again once ND4J has loaded.
     */
    public boolean supportedByNd4jCuda() {
        int major = major();
        if (major < 0) {
            return true;
        }
        return major == 3 ? minor() >= 7 : major >= 5 && major <= 8;
    }

    public String describe() {
        return String.format(Locale.ROOT, "%s (compute capability %s, %,d MiB, driver %s)", name,
                computeCapability.isEmpty() ? "unknown" : computeCapability, memoryMb, driverVersion);
    }
}
