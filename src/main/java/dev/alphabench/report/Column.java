package dev.alphabench.report;

import java.util.Locale;

/** Every column of the result CSVs, in file order; shared by the writers and every reader. */
public enum Column {
    RUN_ID, TIMESTAMP_UTC, GIT_COMMIT, SOURCE, TARGET, BACKEND, BLAS, BINARY_LEVEL, DEVICE, CPU_MODEL,
    THREADS, GPU_NAME, GPU_COMPUTE_CAPABILITY, GPU_MEMORY_MB, GPU_DRIVER_VERSION, CUDA_VERSION, CUDNN, DL4J_VERSION, JAVA_VERSION, SETTINGS,
    PROFILE, SCENARIO, LAYOUT, WINDOW, TIME_STEPS, FEATURES, HIDDEN_UNITS, BATCH_SIZE, EPOCHS,
    SEQUENCES, SAMPLES, ITERATIONS, SEED, REPETITION, REPETITIONS, WARMUP_ITERATIONS, WARMUP_SECONDS,
    SAMPLES_PER_SEC, SAMPLES_PER_SEC_MIN, SAMPLES_PER_SEC_MAX, SCORE_ERROR, MS_PER_ITERATION,
    TRAIN_SECONDS, GPU_MEMORY_USED_MB, CALIBRATION_PER_SEC, CPU_SHARE, THREAD_CPU_SHARE, SECONDS_TO_TARGET, EPOCHS_TO_TARGET, INITIAL_LOSS,
    FINAL_LOSS, ACCURACY,
    ACCURACY_MIN, ACCURACY_MAX, ACCURACIES, ACCURACY_TARGET, GENERATION, STATUS, ERROR;

    /** The CSV header name, e.g. {@code samples_per_sec}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String[] headers() {
        return java.util.Arrays.stream(values()).map(Column::header).toArray(String[]::new);
    }

    /** The columns that identify a cell across runs and targets. */
    public static final Column[] CELL_KEY = {SCENARIO, LAYOUT, WINDOW, HIDDEN_UNITS, BATCH_SIZE, EPOCHS, SEQUENCES};
}
