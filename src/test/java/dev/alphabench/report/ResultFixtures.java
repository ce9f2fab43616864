package dev.alphabench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Synthetic result files for report, gate and CLI tests: summary + raw CSV written by the real writer. */
public final class ResultFixtures {
    private ResultFixtures() {
    }

    /** One measured cell: per-repetition samples/s, machine availability (calibration/s; process and training-thread CPU share = calibration / 1000), accuracy. */
    public record CellSpec(String scenario, String layout, int window, int units, int batch, int epochs,
                           double[] samplesPerSec, double[] calibration, double[] accuracy, double accuracyTarget, String status) {
        public static CellSpec of(String scenario, int batch, double[] sps, double accuracy) {
            double[] cal = new double[sps.length];
            double[] acc = new double[sps.length];
            java.util.Arrays.fill(cal, 1000);
            java.util.Arrays.fill(acc, accuracy);
            return new CellSpec(scenario, "time-steps", 3, 32, batch, 2, sps, cal, acc, 1.0, RowFactory.OK);
        }

        public CellSpec withCalibration(double[] values) {
            return new CellSpec(scenario, layout, window, units, batch, epochs, samplesPerSec, values, accuracy, accuracyTarget, status);
        }

        public CellSpec withStatus(String value) {
            return new CellSpec(scenario, layout, window, units, batch, epochs, samplesPerSec, calibration, accuracy, accuracyTarget, value);
        }

        public CellSpec withAccuracy(double... values) {
            return new CellSpec(scenario, layout, window, units, batch, epochs, samplesPerSec, calibration, values, accuracyTarget, status);
        }
    }

    public static List<Row> raws(String target, CellSpec c) {
        List<Row> rows = new ArrayList<>();
        for (int rep = 0; rep < c.samplesPerSec().length; rep++) {
            double sps = c.samplesPerSec()[rep];
            Row r = new Row().put(Column.RUN_ID, "20261128T000000Z-" + target).put(Column.TARGET, target)
                    .put(Column.BACKEND, "CPU").put(Column.BLAS, "OPENBLAS").put(Column.THREADS, 2)
                    .put(Column.DEVICE, "test CPU").put(Column.PROFILE, "test")
                    .put(Column.SCENARIO, c.scenario()).put(Column.LAYOUT, c.layout()).put(Column.WINDOW, c.window())
                    .put(Column.HIDDEN_UNITS, c.units()).put(Column.BATCH_SIZE, c.batch()).put(Column.EPOCHS, c.epochs())
                    .put(Column.SEQUENCES, 0).put(Column.ACCURACY_TARGET, c.accuracyTarget())
                    .put(Column.SEED, rep + 1).put(Column.REPETITION, rep).put(Column.REPETITIONS, c.samplesPerSec().length)
                    .put(Column.SAMPLES_PER_SEC, sps).put(Column.SAMPLES_PER_SEC_MIN, sps).put(Column.SAMPLES_PER_SEC_MAX, sps)
                    .put(Column.MS_PER_ITERATION, 1000.0 * c.batch() / sps).put(Column.TRAIN_SECONDS, 1.0)
                    .put(Column.CALIBRATION_PER_SEC, c.calibration()[rep])
                    .put(Column.CPU_SHARE, c.calibration()[rep] / 1000)
                    .put(Column.THREAD_CPU_SHARE, c.calibration()[rep] / 1000)
                    .put(Column.INITIAL_LOSS, 3.2).put(Column.FINAL_LOSS, 1.5)
                    .put(Column.ACCURACY, c.accuracy()[rep]).put(Column.STATUS, c.status())
                    .put(Column.ERROR, RowFactory.OK.equals(c.status()) ? "" : "synthetic " + c.status());
            rows.add(r);
        }
        return rows;
    }

    /** Writes NAME.csv and NAME-raw.csv in dir; returns the summary path. */
    public static Path write(Path dir, String name, String target, List<CellSpec> cells) {
        return write(dir, name, target, cells, "");
    }

    /** As {@link #write(Path, String, String, List)}, with a SETTINGS column value on every row. */
    public static Path write(Path dir, String name, String target, List<CellSpec> cells, String settings) {
        List<Row> summaries = new ArrayList<>();
        List<Row> raws = new ArrayList<>();
        for (CellSpec c : cells) {
            List<Row> r = raws(target, c);
            r.forEach(row -> row.put(Column.SETTINGS, settings));
            raws.addAll(r);
            summaries.add(RowFactory.summary(r));
        }
        Path summary = dir.resolve(name + ".csv");
        CsvResults.write(summary, summaries);
        CsvResults.write(dir.resolve(name + "-raw.csv"), raws);
        return summary;
    }

    public static double[] times(double factor, double... values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
