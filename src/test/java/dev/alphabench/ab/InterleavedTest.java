package dev.alphabench.ab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavedTest {
    @Test
    void twoSidesAlternateABBAOverCellsAndRounds() {
        var outcomes = Interleaved.run(2, List.of("x", "y"), 2, (side, unit, round) -> (side == 0 ? "A" : "B") + unit + round);
        assertThat(outcomes).extracting(Interleaved.Outcome::result)
                .containsExactly("Ax0", "Bx0", "By0", "Ay0", "Ax1", "Bx1", "By1", "Ay1");
    }

    @Test
    void moreSidesRunForwardThenBackward() {
        assertThat(Interleaved.order(0, 3)).containsExactly(0, 1, 2);
        assertThat(Interleaved.order(1, 3)).containsExactly(2, 1, 0);
        assertThat(Interleaved.run(3, List.of("u"), 3, (side, unit, round) -> side)).extracting(Interleaved.Outcome::result)
                .containsExactly(0, 1, 2, 2, 1, 0, 0, 1, 2);
    }

    @Test
    void refusesNoRounds() {
        assertThatThrownBy(() -> Interleaved.run(0, List.of("u"), 2, (side, unit, round) -> side))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
