package dev.alphabench.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeasurementTest {
    @Test
    void readsTheProbeOutput() {
        Measurement m = Measurement.parse(List.of("noise", "RSS iterations=1000 rss_kb=2048",
                "RSS iterations=2000 rss_kb=3072",
                "RESULT iterations=2000 samples_per_sec=400.500 ms_per_iteration=2.49688 wall_s=5.100 rss_kb=3100 settings=x"), 0);
        assertThat(m.ok()).isTrue();
        assertThat(m.samplesPerSec()).isEqualTo(400.5);
        assertThat(m.rssKb()).isEqualTo(3100);
        assertThat(m.rss()).hasSize(2);
        assertThat(m.rssTrace()).isEqualTo("  rss MB @iter: 2@1000 3@2000");
        assertThat(Summary.growth(List.of(m))).isEqualTo("+50.0%");
    }

    @Test
    void aProbeThatDiedIsAFailureWithItsLastLine() {
        Measurement m = Measurement.parse(List.of("RSS iterations=1000 rss_kb=2048", "Exception: boom"), 1);
        assertThat(m.ok()).isFalse();
        assertThat(m.error()).contains("exited with 1").contains("boom");
    }

    @Test
    void summaryGivesMediansAndRatiosToTheFirstConfiguration() {
        Map<Config, List<Measurement>> results = new java.util.LinkedHashMap<>();
        results.put(Config.parse("-Dalphabench.tuning=off"), List.of(result(100), result(300), result(200)));
        results.put(Config.parse(""), List.of(result(500), result(700), result(600)));
        String table = Summary.table(results, "timestep-window", 1000, 10, 3).render();
        assertThat(table).contains("200.0").contains("600.0").contains("3.00x").contains("1.00x");
        assertThat(Summary.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    }

    private static Measurement result(double samplesPerSec) {
        return Measurement.parse(List.of(String.format(java.util.Locale.ROOT,
                "RESULT iterations=10 samples_per_sec=%.1f ms_per_iteration=1 wall_s=1 rss_kb=1", samplesPerSec)), 0);
    }
}
