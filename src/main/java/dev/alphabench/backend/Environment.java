package dev.alphabench.backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * The environment that actually ran, read after ND4J initialised: stamped on every result row.
 * GPU fields are empty on CPU backends.
 */
public record Environment(
        String target,
        String backend,
        String blas,
        String binaryLevel,
        String device,
        String cpuModel,
        int threads,
        String dl4jVersion,
        String javaVersion,
        String gitCommit,
        String gpuName,
        String gpuComputeCapability,
        long gpuMemoryMb,
        String settings,
        String gpuDriverVersion,
        String cudaVersion,
        String cudnn) {

    /** binaryLevel() of a libnd4j built without CPU feature detection (and of every CUDA build). */
    static final String UNSPECIFIED_LEVEL = "unspecified";
    /** What libnd4j's buildInfo() names when the binary was built with oneDNN (the -onednn classifiers). */
    static final String ONEDNN_BUILD = "HAVE_ONEDNN";

    /** The stamp without the CUDA runtime fields (CPU environments, tests). */
    public Environment(String target, String backend, String blas, String binaryLevel, String device, String cpuModel,
                       int threads, String dl4jVersion, String javaVersion, String gitCommit, String gpuName,
                       String gpuComputeCapability, long gpuMemoryMb, String settings) {
        this(target, backend, blas, binaryLevel, device, cpuModel, threads, dl4jVersion, javaVersion, gitCommit,
                gpuName, gpuComputeCapability, gpuMemoryMb, settings, "", "", "");
    }

    /**
     * @param gpu      what the pre-flight found (driver version), or null
     * @param settings the settings column
     */
    static Environment detect(BuildInfo build, GpuInfo gpu, String settings) {
        Properties info = Nd4j.getExecutioner().getEnvironmentInformation();
        String backend = String.valueOf(info.getOrDefault("backend", Nd4j.getBackend().getClass().getSimpleName()));
        String cpu = detectCpuModel();
        String gpuName = "";
        String cc = "";
        long gpuMem = 0;
        String level = "";
        try {
            var ops = NativeOpsHolder.getInstance().getDeviceNativeOps();
            if (backend.toUpperCase(Locale.ROOT).contains("CUDA")) {
                int dev = ops.getDevice();
                gpuName = ops.getDeviceName(dev);
                cc = ops.getDeviceMajor(dev) + "." + ops.getDeviceMinor(dev);
                gpuMem = ops.getDeviceTotalMemory(dev) / (1024 * 1024);
            } else {
                level = binaryLevelName(ops.binaryLevel()) + (ops.buildInfo().contains(ONEDNN_BUILD) ? "+onednn" : "");
            }
        } catch (RuntimeException | LinkageError e) {
            level = "unknown";
        }
        int threads = Integer.parseInt(String.valueOf(info.getOrDefault("omp.threads", "0")));
        boolean cuda = !gpuName.isEmpty();
        return new Environment(build.target(), backend,
                String.valueOf(info.getOrDefault("blas.vendor", "unknown")), level,
                cuda ? gpuName : cpu, cpu, threads, build.dl4jVersion(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                detectGitCommit(), gpuName, cc, gpuMem, settings,
                cuda && gpu != null ? gpu.driverVersion() : "",
                cuda ? GpuRuntime.cudaRuntimeVersion() : "",
                cuda ? GpuRuntime.cudnn(build) : "");
    }

    /**
     * Names libnd4j's binaryLevel(): 1 generic x86-64, 2 AVX2, 3 AVX-512 (CPU_FEATURES builds);
     * 0 when the binary was built without CPU feature detection. A oneDNN binary adds "+onednn".
     */
    static String binaryLevelName(int level) {
        return switch (level) {
            case 0 -> UNSPECIFIED_LEVEL;
            case 1 -> "generic";
            case 2 -> "avx2";
            case 3 -> "avx512";
            default -> "level-" + level;
        };
    }

    static String detectCpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through
        }
        return System.getProperty("os.arch");
    }

    /** Short commit of the working tree, "-dirty" when it has changes; ALPHABENCH_GIT_COMMIT overrides. */
    static String detectGitCommit() {
        String env = System.getenv("ALPHABENCH_GIT_COMMIT");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            String head = run(List.of("git", "rev-parse", "--short=12", "HEAD"));
            if (head.isEmpty()) {
                return "unknown";
            }
            String dirty = run(List.of("git", "status", "--porcelain", "--untracked-files=no"));
            return dirty.isEmpty() ? head : head + "-dirty";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return "";
        }
        return out;
    }
}
