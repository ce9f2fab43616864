package dev.alphabench.backend;

import java.lang.reflect.Method;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * CUDA details read after ND4J has loaded. The JavaCPP CUDA bindings exist only on the classpath of
 * CUDA builds, so they are reached by reflection; on CPU builds every answer is empty.
 */
public final class GpuRuntime {
    private GpuRuntime() {
    }

    /** The CUDA runtime version ND4J runs on, e.g. "11.6"; "" when unknown. */
    public static String cudaRuntimeVersion() {
        try {
            Method m = Class.forName("org.bytedeco.cuda.global.cudart").getMethod("cudaRuntimeGetVersion", int[].class);
            int[] v = new int[1];
            Object status = m.invoke(null, (Object) v);
            return Integer.valueOf(0).equals(status) && v[0] > 0 ? (v[0] / 1000) + "." + (v[0] % 1000) / 10 : "";
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "";
        }
    }

    /** The cuDNN version when this build bundles the cuDNN kernels and libcudnn loads, else "off". */
    public static String cudnn(BuildInfo build) {
        if (!build.cudnn()) {
            return "off";
        }
        try {
            long v = ((Number) Class.forName("org.bytedeco.cuda.global.cudnn").getMethod("cudnnGetVersion").invoke(null)).longValue();
            // cuDNN 8 encodes major*1000 + minor*100 + patch
            return "on (cuDNN " + v / 1000 + "." + (v % 1000) / 100 + "." + v % 100 + ")";
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return "on (cuDNN version unknown: " + e.getClass().getSimpleName() + ")";
        }
    }

    /**
     * Device memory ND4J holds right now (its allocations and workspaces), in MiB; -1 on CPU
     * backends or when ND4J cannot tell. Read it while the cell's network is still alive.
     */
    public static long deviceMemoryInUseMb() {
        try {
            if (!Nd4j.getBackend().getClass().getSimpleName().startsWith("JCublas")) {
                return -1;
            }
            int device = NativeOpsHolder.getInstance().getDeviceNativeOps().getDevice();
            return Nd4j.getMemoryManager().allocatedMemory(device) / (1024 * 1024);
        } catch (RuntimeException | LinkageError e) {
            return -1;
        }
    }
}
