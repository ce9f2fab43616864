package dev.alphabench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SequencesTest {

    @Test
    void windowsOfThreeStartWithAbcToD() {
        List<Sequences.Example> w = Sequences.windows(3);
        assertThat(w).hasSize(23);
        assertThat(w.get(0).text()).isEqualTo("ABC -> D");
        assertThat(w.get(1).text()).isEqualTo("BCD -> E");
        assertThat(w.get(22).text()).isEqualTo("WXY -> Z");
    }

    @Test
    void windowsOfOneCoverAToY() {
        List<Sequences.Example> w = Sequences.windows(1);
        assertThat(w).hasSize(25);
        assertThat(w.get(0).text()).isEqualTo("A -> B");
        assertThat(w.get(24).text()).isEqualTo("Y -> Z");
    }

    @Test
    void randomSubsequencesAreConsecutiveLettersOfOneToFive() {
        List<Sequences.Example> seqs = Sequences.randomSubsequences(1000, 5, 7);
        assertThat(seqs).hasSize(1000);
        for (Sequences.Example e : seqs) {
            assertThat(e.input().length).isBetween(1, 5);
            for (int i = 1; i < e.input().length; i++) {
                assertThat(e.input()[i]).isEqualTo(e.input()[i - 1] + 1);
            }
            assertThat(e.target()).isEqualTo(e.input()[e.input().length - 1] + 1).isLessThanOrEqualTo(25);
        }
        assertThat(seqs.stream().mapToInt(e -> e.input().length).distinct().count()).isEqualTo(5);
    }

    @Test
    void randomSubsequencesAreSeeded() {
        assertThat(Sequences.randomSubsequences(50, 5, 3).stream().map(Sequences.Example::text).toList())
                .isEqualTo(Sequences.randomSubsequences(50, 5, 3).stream().map(Sequences.Example::text).toList())
                .isNotEqualTo(Sequences.randomSubsequences(50, 5, 4).stream().map(Sequences.Example::text).toList());
    }
}
