package dev.alphabench.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardTest {
    @Test
    void everyCellOfTheFullProfileLandsInExactlyOneShard() {
        List<String> all = Expansion.of(new ProfileLoader(Path.of("profiles")).load("full")).cells().stream()
                .map(Cell::key).toList();
        assertThat(all).hasSizeGreaterThan(100).doesNotHaveDuplicates();
        for (int n = 1; n <= 9; n++) {
            List<String> union = new ArrayList<>();
            for (int k = 1; k <= n; k++) {
                List<String> part = new Shard(k, n).select(all);
                assertThat(part.size()).as("shard %d/%d size", k, n).isBetween(all.size() / n, all.size() / n + 1);
                union.addAll(part);
            }
            assertThat(union).as("N=%d", n).hasSameSizeAs(all).containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void selectionIsDeterministicRoundRobin() {
        List<Integer> cells = List.of(0, 1, 2, 3, 4, 5, 6);
        assertThat(Shard.parse("2/3").select(cells)).containsExactly(1, 4);
        assertThat(Shard.parse(" 3 / 3 ").select(cells)).containsExactly(2, 5);
        assertThat(Shard.parse("1/1").select(cells)).isEqualTo(cells);
        assertThat(Shard.parse("9/9").select(cells)).isEmpty();
        assertThat(Shard.parse("2/4").suffix()).isEqualTo("-shard2of4");
        assertThat(Shard.ALL.suffix()).isEmpty();
    }

    @Test
    void badShardsAreRejected() {
        for (String bad : List.of("0/3", "4/3", "1/0", "3", "a/b", "1/2/3", "-1/2", "99999999999/1")) {
            assertThatThrownBy(() -> Shard.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("K/N");
        }
    }
}
