package dev.alphabench.report;

import dev.alphabench.scenario.Scenario;
import dev.alphabench.train.TrainResult;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.math3.stat.descriptive.rank.Median;

/** Turns training results into raw rows (one per repetition) and summary rows (one per cell). */
public final class RowFactory {
    public static final String OK = "ok";
    public static final String INVALID = "invalid";
    public static final String FAILED = "failed";

    private RowFactory() {
    }

    /** The run stamp plus the columns that describe the cell of scenario {@code s}. */
    public static Row cell(RunContext ctx, Scenario s, int repetitions) {
        return ctx.stamp()
                .put(Column.SCENARIO, s.id())
                .put(Column.LAYOUT, s.layout().id())
                .put(Column.WINDOW, s.window())
                .put(Column.TIME_STEPS, s.timeSteps())
                .put(Column.FEATURES, s.features())
                .put(Column.HIDDEN_UNITS, s.hiddenUnits())
                .put(Column.BATCH_SIZE, s.batchSize())
                .put(Column.EPOCHS, s.epochs())
                .put(Column.SEQUENCES, s.sequences())
                .put(Column.ACCURACY_TARGET, s.accuracyTarget())
                .put(Column.REPETITIONS, repetitions);
    }

    public static Row raw(RunContext ctx, TrainResult r, int repetition, int repetitions) {
        return cell(ctx, r.scenario(), repetitions)
                .put(Column.SAMPLES, r.samples())
                .put(Column.ITERATIONS, r.iterations())
                .put(Column.SEED, r.seed())
                .put(Column.REPETITION, repetition)
                .put(Column.WARMUP_ITERATIONS, r.warmupIterations())
                .put(Column.WARMUP_SECONDS, r.warmupNanos() / 1e9)
                .put(Column.SAMPLES_PER_SEC, r.samplesPerSecond())
                .put(Column.SAMPLES_PER_SEC_MIN, r.samplesPerSecond())
                .put(Column.SAMPLES_PER_SEC_MAX, r.samplesPerSecond())
                .put(Column.MS_PER_ITERATION, r.msPerIteration())
                .put(Column.TRAIN_SECONDS, r.trainSeconds())
                .put(Column.THREAD_CPU_SHARE, r.threadCpuShare())
                .put(Column.GPU_MEMORY_USED_MB, r.deviceMemoryMb() >= 0 ? Long.toString(r.deviceMemoryMb()) : "")
                .put(Column.SECONDS_TO_TARGET, r.secondsToTarget())
                .put(Column.EPOCHS_TO_TARGET, r.reachedTarget() ? Integer.toString(r.epochsToTarget()) : "")
                .put(Column.INITIAL_LOSS, r.initialLoss())
                .put(Column.FINAL_LOSS, r.finalLoss())
                .put(Column.ACCURACY, r.accuracy())
                .put(Column.ACCURACY_MIN, r.accuracy())
                .put(Column.ACCURACY_MAX, r.accuracy())
                .put(Column.ACCURACIES, r.accuracy())
                .put(Column.GENERATION, r.generation())
                .put(Column.STATUS, r.problem() == null ? OK : INVALID)
                .put(Column.ERROR, r.problem() == null ? "" : r.problem());
    }

    /** A repetition that threw: recorded, so the sweep can go on. */
    public static Row failed(RunContext ctx, Scenario s, long seed, int repetition, int repetitions, Throwable error) {
        String message = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return cell(ctx, s, repetitions)
                .put(Column.SEED, seed)
                .put(Column.REPETITION, repetition)
                .put(Column.STATUS, FAILED)
                .put(Column.ERROR, message.replaceAll("\\s+", " "));
    }

    /**
     * Summarises the raw rows of one cell: median throughput with min and max, median accuracy with
     * every seed's value, time-to-target as the median over repetitions that reached it.
     * Any failed or invalid repetition makes the summary failed or invalid.
     */
    public static Row summary(List<Row> raws) {
        Row first = raws.get(0);
        Row out = new Row().putAll(first);
        List<Row> ok = raws.stream().filter(r -> OK.equals(r.get(Column.STATUS))).toList();
        List<Row> measured = raws.stream().filter(r -> !FAILED.equals(r.get(Column.STATUS))).toList();
        out.put(Column.REPETITION, "")
                .put(Column.SEED, raws.stream().map(r -> r.get(Column.SEED)).collect(Collectors.joining(";")));
        if (measured.isEmpty()) {
            return out.put(Column.STATUS, FAILED).put(Column.ERROR, joinErrors(raws));
        }
        double[] sps = values(measured, Column.SAMPLES_PER_SEC);
        double[] acc = values(measured, Column.ACCURACY);
        double[] reached = measured.stream().mapToDouble(r -> r.number(Column.SECONDS_TO_TARGET))
                .filter(v -> !Double.isNaN(v)).toArray();
        double[] epochsReached = measured.stream().mapToDouble(r -> r.number(Column.EPOCHS_TO_TARGET))
                .filter(v -> !Double.isNaN(v)).toArray();
        out.put(Column.SAMPLES_PER_SEC, median(sps))
                .put(Column.SAMPLES_PER_SEC_MIN, min(sps))
                .put(Column.SAMPLES_PER_SEC_MAX, max(sps))
                .put(Column.MS_PER_ITERATION, median(values(measured, Column.MS_PER_ITERATION)))
                .put(Column.TRAIN_SECONDS, median(values(measured, Column.TRAIN_SECONDS)))
                .put(Column.CALIBRATION_PER_SEC, median(values(measured, Column.CALIBRATION_PER_SEC)))
                .put(Column.CPU_SHARE, median(values(measured, Column.CPU_SHARE)))
                .put(Column.THREAD_CPU_SHARE, median(values(measured, Column.THREAD_CPU_SHARE)))
                .put(Column.WARMUP_SECONDS, median(values(measured, Column.WARMUP_SECONDS)))
                .put(Column.GPU_MEMORY_USED_MB, max(values(measured, Column.GPU_MEMORY_USED_MB)))
                // reached by a majority of repetitions, else "not reached" (empty)
                .put(Column.SECONDS_TO_TARGET, reached.length * 2 > measured.size() ? median(reached) : Double.NaN)
                .put(Column.EPOCHS_TO_TARGET, epochsReached.length * 2 > measured.size()
                        ? Row.format(median(epochsReached)) : "")
                .put(Column.INITIAL_LOSS, median(values(measured, Column.INITIAL_LOSS)))
                .put(Column.FINAL_LOSS, median(values(measured, Column.FINAL_LOSS)))
                .put(Column.ACCURACY, median(acc))
                .put(Column.ACCURACY_MIN, min(acc))
                .put(Column.ACCURACY_MAX, max(acc))
                .put(Column.ACCURACIES, measured.stream().map(r -> r.get(Column.ACCURACY)).collect(Collectors.joining(";")))
                .put(Column.GENERATION, measured.get(0).get(Column.GENERATION));
        if (ok.size() == raws.size()) {
            return out.put(Column.STATUS, OK).put(Column.ERROR, "");
        }
        String status = measured.size() == raws.size() ? INVALID : FAILED;
        return out.put(Column.STATUS, status).put(Column.ERROR, joinErrors(raws));
    }

    private static String joinErrors(List<Row> raws) {
        return raws.stream().filter(r -> !r.get(Column.ERROR).isEmpty())
                .map(r -> String.format(Locale.ROOT, "rep %s: %s", r.get(Column.REPETITION), r.get(Column.ERROR)))
                .collect(Collectors.joining("; "));
    }

    static double[] values(List<Row> rows, Column c) {
        return rows.stream().mapToDouble(r -> r.number(c)).filter(v -> !Double.isNaN(v)).toArray();
    }

    static double median(double[] v) {
        return v.length == 0 ? Double.NaN : new Median().evaluate(v);
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }
}
