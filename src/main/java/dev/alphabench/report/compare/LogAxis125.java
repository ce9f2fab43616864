package dev.alphabench.report.compare;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A logarithmic axis whose labelled ticks are the 1-2-5 values (…, 0.5, 1, 2, 5, 10, 20, …), written
 * plainly; over a range too wide for them, only the powers of ten are labelled. The range spans the
 * data with a margin and always holds at least two labelled ticks.
 */
final class LogAxis125 extends LogAxis {
    private static final int MAX_LABELS = 12;
    private static final double MARGIN = 1.3;
    private static final double NEAR = 1.6;
    private static final int[] STEPS = {1, 2, 5};

    LogAxis125(String label, double dataMin, double dataMax) {
        super(label);
        double[] r = range(dataMin, dataMax);
        setRange(r[0], r[1]);
        setMinorTickMarksVisible(true);
    }

    /**
     * The axis range for data in [min, max]: a margin either side, reaching the next 1-2-5 value beyond
     * the data when that is near, and widened to two 1-2-5 values if needed.
     */
    static double[] range(double min, double max) {
        double lower = Math.min(min / MARGIN, below(min) >= min / NEAR ? below(min) : min);
        double upper = Math.max(max * MARGIN, above(max) <= max * NEAR ? above(max) : max);
        if (ticks(lower, upper).size() < 2) {
            lower = Math.min(lower, below(min));
            upper = Math.max(upper, above(max));
        }
        return new double[] {lower, upper};
    }

    /** The labelled tick values in [lower, upper]: 1-2-5, or only powers of ten when those would be too many. */
    static List<Double> ticks(double lower, double upper) {
        List<Double> all = new ArrayList<>();
        List<Double> decades = new ArrayList<>();
        for (int exp = (int) Math.floor(Math.log10(lower)); exp <= (int) Math.ceil(Math.log10(upper)); exp++) {
            for (int step : STEPS) {
                double v = value(step, exp);
                if (v >= lower * (1 - 1e-9) && v <= upper * (1 + 1e-9)) {
                    all.add(v);
                    if (step == 1) {
                        decades.add(v);
                    }
                }
            }
        }
        return all.size() > MAX_LABELS && decades.size() >= 2 ? decades : all;
    }

    static String label(double v) {
        return new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    private static double value(int step, int exp) {
        return BigDecimal.valueOf(step).scaleByPowerOfTen(exp).doubleValue();
    }

    /** The largest 1-2-5 value at or below v. */
    private static double below(double v) {
        int exp = (int) Math.floor(Math.log10(v));
        double best = value(1, exp);
        for (int step : STEPS) {
            best = value(step, exp) <= v ? value(step, exp) : best;
        }
        return best;
    }

    /** The smallest 1-2-5 value at or above v. */
    private static double above(double v) {
        int exp = (int) Math.floor(Math.log10(v));
        for (int step : STEPS) {
            if (value(step, exp) >= v) {
                return value(step, exp);
            }
        }
        return value(1, exp + 1);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean vertical = RectangleEdge.isLeftOrRight(edge);
        TextAnchor anchor = vertical ? (edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT)
                : (edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
        double lower = getRange().getLowerBound();
        double upper = getRange().getUpperBound();
        List<Double> labelled = ticks(lower, upper);
        List ticks = new ArrayList();
        for (double v : labelled) {
            ticks.add(new NumberTick(TickType.MAJOR, v, label(v), anchor, anchor, 0.0));
        }
        // unlabelled minor marks at the integer multiples of each power of ten that carry no label
        for (int exp = (int) Math.floor(Math.log10(lower)); exp <= (int) Math.ceil(Math.log10(upper)); exp++) {
            for (int m = 1; m <= 9; m++) {
                double v = value(m, exp);
                if (v > lower && v < upper && !labelled.contains(v)) {
                    ticks.add(new NumberTick(TickType.MINOR, v, "", anchor, anchor, 0.0));
                }
            }
        }
        return ticks;
    }
}
