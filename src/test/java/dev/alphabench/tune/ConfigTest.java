package dev.alphabench.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void splitsJvmArgumentsEnvironmentAndMode() {
        Config c = Config.parse(" -Xmx1g  OMP_NUM_THREADS=2 -Dorg.bytedeco.javacpp.nopointergc=true mode=bare ");
        assertThat(c.jvmArgs()).containsExactly("-Xmx1g", "-Dorg.bytedeco.javacpp.nopointergc=true");
        assertThat(c.env()).containsEntry("OMP_NUM_THREADS", "2").hasSize(1);
        assertThat(c.mode()).isEqualTo("bare");
    }

    @Test
    void emptyMeansHarnessDefaults() {
        Config c = Config.parse("");
        assertThat(c.jvmArgs()).isEmpty();
        assertThat(c.env()).isEmpty();
        assertThat(c.mode()).isEqualTo("harness");
        assertThat(c.label()).isEqualTo("(harness defaults)");
    }

    @Test
    void rejectsTokensItCannotPlace() {
        assertThatThrownBy(() -> Config.parse("threads=2")).hasMessageContaining("threads=2");
        assertThatThrownBy(() -> Config.parse("mode=fast")).hasMessageContaining("harness or bare");
    }
}
