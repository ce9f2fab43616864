package dev.alphabench.report;

import dev.alphabench.scenario.Scenario;
import dev.alphabench.stats.Statistics;
import dev.alphabench.train.TrainResult;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Turns training results into repetitions (raw rows) and those into cell summaries. */
public final class ResultFactory {
    private ResultFactory() {
    }

    /** @param calibration and {@code cpuShare}: the machine's availability measured around the repetition */
    public static Repetition repetition(RunContext ctx, TrainResult r, int repetition, int repetitions, double calibration,
                                        double cpuShare) {
        double sps = r.samplesPerSecond();
        double acc = r.accuracy();
        Measures m = new Measures(r.samples(), r.iterations(), r.warmupIterations(), r.warmupNanos() / 1e9, sps, sps, sps,
                Double.NaN, r.msPerIteration(), r.trainSeconds(), r.deviceMemoryMb() >= 0 ? r.deviceMemoryMb() : Double.NaN,
                calibration, cpuShare, r.threadCpuShare(), r.secondsToTarget(),
                r.reachedTarget() ? r.epochsToTarget() : Double.NaN, r.initialLoss(), r.finalLoss(), acc, acc, acc);
        return new Repetition(ctx.stamp(), CellSpec.of(r.scenario(), repetitions), r.seed(), repetition, m,
                r.generation(), r.problem() == null ? Status.OK : Status.INVALID, r.problem() == null ? "" : r.problem());
    }

    /** A repetition that threw: recorded, so the sweep can go on. */
    public static Repetition failed(RunContext ctx, Scenario s, long seed, int repetition, int repetitions, Throwable error) {
        String message = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return new Repetition(ctx.stamp(), CellSpec.of(s, repetitions), seed, repetition, Measures.NONE, "", Status.FAILED,
                message.replaceAll("\\s+", " "));
    }

    /**
     * Summarises the repetitions of one cell: median throughput with min and max, median accuracy with
     * every seed's value, time-to-target as the median over repetitions that reached it.
     * Any failed or invalid repetition makes the summary failed or invalid.
     */
    public static CellSummary summary(List<Repetition> raws) {
        Repetition first = raws.get(0);
        String seeds = raws.stream().map(r -> Long.toString(r.seed())).collect(Collectors.joining(";"));
        List<Repetition> measured = raws.stream().filter(r -> r.status() != Status.FAILED).toList();
        if (measured.isEmpty()) { // nothing measured: the first repetition's fields as they are
            return new CellSummary(first.stamp(), first.cell(), seeds, first.measures(),
                    Double.isNaN(first.measures().accuracy()) ? List.of() : List.of(first.measures().accuracy()),
                    first.generation(), Status.FAILED, joinErrors(raws));
        }
        double[] sps = values(measured, Measures::samplesPerSec);
        double[] acc = values(measured, Measures::accuracy);
        double[] reached = values(measured, Measures::secondsToTarget);
        double[] epochsReached = values(measured, Measures::epochsToTarget);
        Measures m = new Measures(first.measures().samples(), first.measures().iterations(),
                first.measures().warmupIterations(), median(measured, Measures::warmupSeconds),
                Statistics.median(sps), Statistics.min(sps), Statistics.max(sps), Double.NaN,
                median(measured, Measures::msPerIteration), median(measured, Measures::trainSeconds),
                Statistics.max(values(measured, Measures::gpuMemoryUsedMb)), median(measured, Measures::calibrationPerSec),
                median(measured, Measures::cpuShare), median(measured, Measures::threadCpuShare),
                // reached by a majority of repetitions, else "not reached" (empty)
                reached.length * 2 > measured.size() ? Statistics.median(reached) : Double.NaN,
                epochsReached.length * 2 > measured.size() ? Statistics.median(epochsReached) : Double.NaN,
                median(measured, Measures::initialLoss), median(measured, Measures::finalLoss),
                Statistics.median(acc), Statistics.min(acc), Statistics.max(acc));
        List<Double> accuracies = measured.stream().map(r -> r.measures().accuracy()).toList();
        boolean allOk = measured.stream().filter(ResultRow::ok).count() == raws.size();
        Status status = allOk ? Status.OK : measured.size() == raws.size() ? Status.INVALID : Status.FAILED;
        return new CellSummary(first.stamp(), first.cell(), seeds, m, accuracies, measured.get(0).generation(), status,
                allOk ? "" : joinErrors(raws));
    }

    private static String joinErrors(List<Repetition> raws) {
        return raws.stream().filter(r -> !r.error().isEmpty())
                .map(r -> String.format(Locale.ROOT, "rep %d: %s", r.repetition(), r.error()))
                .collect(Collectors.joining("; "));
    }

    private static double[] values(List<Repetition> rows, ToDoubleFunction<Measures> f) {
        return rows.stream().mapToDouble(r -> f.applyAsDouble(r.measures())).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static double median(List<Repetition> rows, ToDoubleFunction<Measures> f) {
        return Statistics.median(values(rows, f));
    }
}
