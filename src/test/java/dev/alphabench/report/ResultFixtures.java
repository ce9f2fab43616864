package dev.alphabench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Synthetic result files for report, gate and CLI tests: summary + raw CSV written by the real writer. */
public final class ResultFixtures {
    private ResultFixtures() {
    }

    /** One measured cell: per-repetition samples/s, machine availability (calibration/s; process and training-thread CPU share = calibration / 1000), accuracy. */
    public record CellSpec(String scenario, String layout, int window, int units, int batch, int epochs,
                           double[] samplesPerSec, double[] calibration, double[] accuracy, double accuracyTarget, Status status) {
        public static CellSpec of(String scenario, int batch, double[] sps, double accuracy) {
            double[] cal = new double[sps.length];
            double[] acc = new double[sps.length];
            java.util.Arrays.fill(cal, 1000);
            java.util.Arrays.fill(acc, accuracy);
            return new CellSpec(scenario, "time-steps", 3, 32, batch, 2, sps, cal, acc, 1.0, Status.OK);
        }

        public CellSpec withCalibration(double[] values) {
            return new CellSpec(scenario, layout, window, units, batch, epochs, samplesPerSec, values, accuracy, accuracyTarget, status);
        }

        public CellSpec withStatus(Status value) {
            return new CellSpec(scenario, layout, window, units, batch, epochs, samplesPerSec, calibration, accuracy, accuracyTarget, value);
        }

        public CellSpec withAccuracy(double... values) {
            return new CellSpec(scenario, layout, window, units, batch, epochs, samplesPerSec, calibration, values, accuracyTarget, status);
        }
    }

    public static Stamp stamp(String target, String settings) {
        Map<Column, String> v = new EnumMap<>(Column.class);
        v.put(Column.RUN_ID, "20261128T000000Z-" + target);
        v.put(Column.TARGET, target);
        v.put(Column.BACKEND, "CPU");
        v.put(Column.BLAS, "OPENBLAS");
        v.put(Column.THREADS, "2");
        v.put(Column.DEVICE, "test CPU");
        v.put(Column.SETTINGS, settings);
        v.put(Column.PROFILE, "test");
        return new Stamp(v);
    }

    public static List<Repetition> raws(String target, CellSpec c) {
        return raws(stamp(target, ""), c);
    }

    static List<Repetition> raws(Stamp stamp, CellSpec c) {
        List<Repetition> rows = new ArrayList<>();
        int n = c.samplesPerSec().length;
        dev.alphabench.report.CellSpec cell = new dev.alphabench.report.CellSpec(c.scenario(), c.layout(), c.window(), 0, 0,
                c.units(), c.batch(), c.epochs(), 0, c.accuracyTarget(), n);
        for (int rep = 0; rep < n; rep++) {
            double sps = c.samplesPerSec()[rep];
            double cal = c.calibration()[rep];
            double acc = c.accuracy()[rep];
            double x = Double.NaN;
            Measures m = new Measures(x, x, x, x, sps, sps, sps, x, 1000.0 * c.batch() / sps, 1.0, x, cal, cal / 1000,
                    cal / 1000, x, x, 3.2, 1.5, acc, acc, acc);
            rows.add(new Repetition(stamp, cell, rep + 1, rep, m, "", c.status(),
                    c.status() == Status.OK ? "" : "synthetic " + c.status().id()));
        }
        return rows;
    }

    /** Writes NAME.csv and NAME-raw.csv in dir; returns the summary path. */
    public static Path write(Path dir, String name, String target, List<CellSpec> cells) {
        return write(dir, name, target, cells, "");
    }

    /** As {@link #write(Path, String, String, List)}, with a SETTINGS column value on every row. */
    public static Path write(Path dir, String name, String target, List<CellSpec> cells, String settings) {
        List<CellSummary> summaries = new ArrayList<>();
        List<Repetition> raws = new ArrayList<>();
        for (CellSpec c : cells) {
            List<Repetition> r = raws(stamp(target, settings), c);
            raws.addAll(r);
            summaries.add(ResultFactory.summary(r));
        }
        RunFormat.CSV.write(new RunResults(summaries, raws), dir.resolve(name));
        return dir.resolve(name + ".csv");
    }

    public static double[] times(double factor, double... values) {
        double[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] *= factor;
        }
        return out;
    }
}
