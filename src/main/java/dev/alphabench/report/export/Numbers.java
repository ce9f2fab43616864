package dev.alphabench.report.export;

import dev.alphabench.report.ResultCsv;
import java.math.BigDecimal;

/** Numbers as the result CSVs write them (six significant digits), so an export matches its run file. */
final class Numbers {
    private Numbers() {
    }

    static BigDecimal of(double v) {
        return new BigDecimal(ResultCsv.format(v)).stripTrailingZeros();
    }

    static String text(double v) {
        return ResultCsv.format(v);
    }
}
