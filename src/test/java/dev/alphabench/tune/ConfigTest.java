package dev.alphabench.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void splitsJvmArgumentsAndEnvironment() {
        Config c = Config.parse(" -Xmx1g  OMP_NUM_THREADS=2 -Dorg.bytedeco.javacpp.nopointergc=true ");
        assertThat(c.jvmArgs()).containsExactly("-Xmx1g", "-Dorg.bytedeco.javacpp.nopointergc=true");
        assertThat(c.env()).containsEntry("OMP_NUM_THREADS", "2").hasSize(1);
    }

    @Test
    void emptyMeansHarnessDefaults() {
        Config c = Config.parse("");
        assertThat(c.jvmArgs()).isEmpty();
        assertThat(c.env()).isEmpty();
        assertThat(c.label()).isEqualTo("(harness defaults)");
    }

    @Test
    void rejectsTokensItCannotPlace() {
        assertThatThrownBy(() -> Config.parse("threads=2")).hasMessageContaining("threads=2");
        // the bare-loop probe mode is gone: the harness against a bare loop is `alphabench overhead`
        assertThatThrownBy(() -> Config.parse("mode=bare")).hasMessageContaining("mode=bare").hasMessageContaining("alphabench overhead");
    }
}
