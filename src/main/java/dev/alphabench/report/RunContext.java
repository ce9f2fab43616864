package dev.alphabench.report;

import dev.alphabench.backend.Environment;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What every row of one run shares: its id, start time, profile, source and environment. */
public record RunContext(String runId, Instant started, String profile, String source, Environment env) {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public static RunContext start(String profile, String source, Environment env) {
        Instant now = Instant.now();
        return new RunContext(ID.format(now) + "-" + env.target(), now, profile, source, env);
    }

    /** The columns that come from the run and its environment. */
    public Row stamp() {
        return new Row()
                .put(Column.RUN_ID, runId)
                .put(Column.TIMESTAMP_UTC, DateTimeFormatter.ISO_INSTANT.format(Instant.now()))
                .put(Column.GIT_COMMIT, env.gitCommit())
                .put(Column.SOURCE, source)
                .put(Column.TARGET, env.target())
                .put(Column.BACKEND, env.backend())
                .put(Column.BLAS, env.blas())
                .put(Column.BINARY_LEVEL, env.binaryLevel())
                .put(Column.DEVICE, env.device())
                .put(Column.CPU_MODEL, env.cpuModel())
                .put(Column.THREADS, env.threads())
                .put(Column.GPU_NAME, env.gpuName())
                .put(Column.GPU_COMPUTE_CAPABILITY, env.gpuComputeCapability())
                .put(Column.GPU_MEMORY_MB, env.gpuMemoryMb() > 0 ? Long.toString(env.gpuMemoryMb()) : "")
                .put(Column.GPU_DRIVER_VERSION, env.gpuDriverVersion())
                .put(Column.CUDA_VERSION, env.cudaVersion())
                .put(Column.CUDNN, env.cudnn())
                .put(Column.DL4J_VERSION, env.dl4jVersion())
                .put(Column.JAVA_VERSION, env.javaVersion())
                .put(Column.SETTINGS, env.settings())
                .put(Column.PROFILE, profile);
    }
}
