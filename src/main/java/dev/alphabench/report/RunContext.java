package dev.alphabench.report;

import dev.alphabench.backend.Environment;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/** What every row of one run shares: its id, start time, profile, source and environment. */
public record RunContext(String runId, Instant started, String profile, String source, Environment env) {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    public static RunContext start(String profile, String source, Environment env) {
        Instant now = Instant.now();
        return new RunContext(ID.format(now) + "-" + env.target(), now, profile, source, env);
    }

    /** The columns that come from the run and its environment. */
    public Stamp stamp() {
        Map<Column, String> v = new EnumMap<>(Column.class);
        v.put(Column.RUN_ID, runId);
        v.put(Column.TIMESTAMP_UTC, DateTimeFormatter.ISO_INSTANT.format(Instant.now()));
        v.put(Column.GIT_COMMIT, env.gitCommit());
        v.put(Column.SOURCE, source);
        v.put(Column.TARGET, env.target());
        v.put(Column.BACKEND, env.backend());
        v.put(Column.BLAS, env.blas());
        v.put(Column.BINARY_LEVEL, env.binaryLevel());
        v.put(Column.DEVICE, env.device());
        v.put(Column.CPU_MODEL, env.cpuModel());
        v.put(Column.THREADS, Integer.toString(env.threads()));
        v.put(Column.GPU_NAME, env.gpuName());
        v.put(Column.GPU_COMPUTE_CAPABILITY, env.gpuComputeCapability());
        v.put(Column.GPU_MEMORY_MB, env.gpuMemoryMb() > 0 ? Long.toString(env.gpuMemoryMb()) : "");
        v.put(Column.GPU_DRIVER_VERSION, env.gpuDriverVersion());
        v.put(Column.CUDA_VERSION, env.cudaVersion());
        v.put(Column.CUDNN, env.cudnn());
        v.put(Column.DL4J_VERSION, env.dl4jVersion());
        v.put(Column.JAVA_VERSION, env.javaVersion());
        v.put(Column.SETTINGS, env.settings());
        v.put(Column.PROFILE, profile);
        return new Stamp(v);
    }
}
