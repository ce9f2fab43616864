package dev.alphabench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultFactoryTest {
    private static final CellSpec CELL = new CellSpec("one-char", "time-steps", 3, 3, 27, 32, 1, 2, 0, 1.0, 3);

    private static Repetition raw(int rep, double sps, double acc, Status status) {
        double x = Double.NaN;
        Measures m = status == Status.FAILED ? Measures.NONE : new Measures(x, x, x, x, sps, sps, sps, x, 1000 / sps, 1.0, x,
                x, x, x, rep == 2 ? x : 0.5, x, x, x, acc, acc, acc);
        return new Repetition(Stamp.EMPTY, CELL, rep + 1, rep, m, "", status, status == Status.FAILED ? "OutOfMemoryError" : "");
    }

    @Test
    void summaryTakesMedianMinMaxAndEverySeedsAccuracy() {
        CellSummary s = ResultFactory.summary(List.of(raw(0, 100, 0.8, Status.OK), raw(1, 300, 1.0, Status.OK),
                raw(2, 200, 0.9, Status.OK)));
        assertThat(s.measures().samplesPerSec()).isEqualTo(200);
        assertThat(s.measures().samplesPerSecMin()).isEqualTo(100);
        assertThat(s.measures().samplesPerSecMax()).isEqualTo(300);
        assertThat(s.measures().accuracy()).isEqualTo(0.9);
        assertThat(ResultCsv.text(s, Column.ACCURACIES)).isEqualTo("0.800000;1;0.900000");
        assertThat(ResultCsv.text(s, Column.SEED)).isEqualTo("1;2;3");
        assertThat(s.measures().secondsToTarget()).isEqualTo(0.5); // 2 of 3 reached
        assertThat(s.status()).isEqualTo(Status.OK);
        assertThat(ResultCsv.text(s, Column.REPETITION)).isEmpty();
    }

    @Test
    void aFailedRepetitionFailsTheCellButKeepsTheMeasuredOnes() {
        CellSummary s = ResultFactory.summary(List.of(raw(0, 100, 0.8, Status.OK), raw(1, 0, 0, Status.FAILED)));
        assertThat(s.status()).isEqualTo(Status.FAILED);
        assertThat(s.error()).contains("rep 1: OutOfMemoryError");
        assertThat(s.measures().samplesPerSec()).isEqualTo(100);
    }

    @Test
    void anInvalidRepetitionMakesTheCellInvalidAndEveryFailureMakesItFailed() {
        Repetition invalid = new Repetition(Stamp.EMPTY, CELL, 2, 1, raw(1, 50, 0.1, Status.OK).measures(), "",
                Status.INVALID, "loss is NaN");
        CellSummary s = ResultFactory.summary(List.of(raw(0, 100, 0.8, Status.OK), invalid));
        assertThat(s.status()).isEqualTo(Status.INVALID);
        assertThat(s.error()).isEqualTo("rep 1: loss is NaN");
        CellSummary none = ResultFactory.summary(List.of(raw(0, 0, 0, Status.FAILED)));
        assertThat(none.status()).isEqualTo(Status.FAILED);
        assertThat(none.measures()).isEqualTo(Measures.NONE);
        assertThat(none.accuracies()).isEmpty();
    }
}
