package dev.alphabench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowFactoryTest {

    private static Row raw(int rep, double sps, double acc, String status) {
        return new Row().put(Column.SCENARIO, "one-char").put(Column.REPETITION, rep).put(Column.SEED, rep + 1)
                .put(Column.SAMPLES_PER_SEC, sps).put(Column.ACCURACY, acc).put(Column.MS_PER_ITERATION, 1000 / sps)
                .put(Column.TRAIN_SECONDS, 1.0).put(Column.SECONDS_TO_TARGET, rep == 2 ? Double.NaN : 0.5)
                .put(Column.STATUS, status).put(Column.ERROR, "failed".equals(status) ? "OutOfMemoryError" : "");
    }

    @Test
    void summaryTakesMedianMinMaxAndEverySeedsAccuracy() {
        Row s = RowFactory.summary(List.of(raw(0, 100, 0.8, "ok"), raw(1, 300, 1.0, "ok"), raw(2, 200, 0.9, "ok")));
        assertThat(s.number(Column.SAMPLES_PER_SEC)).isEqualTo(200);
        assertThat(s.number(Column.SAMPLES_PER_SEC_MIN)).isEqualTo(100);
        assertThat(s.number(Column.SAMPLES_PER_SEC_MAX)).isEqualTo(300);
        assertThat(s.number(Column.ACCURACY)).isEqualTo(0.9);
        assertThat(s.get(Column.ACCURACIES)).isEqualTo("0.800000;1;0.900000");
        assertThat(s.get(Column.SEED)).isEqualTo("1;2;3");
        assertThat(s.number(Column.SECONDS_TO_TARGET)).isEqualTo(0.5); // 2 of 3 reached
        assertThat(s.get(Column.STATUS)).isEqualTo("ok");
    }

    @Test
    void aFailedRepetitionFailsTheCellButKeepsTheMeasuredOnes() {
        Row s = RowFactory.summary(List.of(raw(0, 100, 0.8, "ok"), raw(1, 0, 0, "failed")));
        assertThat(s.get(Column.STATUS)).isEqualTo("failed");
        assertThat(s.get(Column.ERROR)).contains("rep 1: OutOfMemoryError");
        assertThat(s.number(Column.SAMPLES_PER_SEC)).isEqualTo(100);
    }
}
