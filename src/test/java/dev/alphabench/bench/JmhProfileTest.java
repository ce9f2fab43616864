package dev.alphabench.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhProfileTest {
    private static final Path PROFILES = Path.of("profiles");

    @Test
    void shippedProfilesLoadByShortOrFullName() {
        JmhProfile smoke = JmhProfile.load(PROFILES, "smoke");
        assertThat(smoke.name()).isEqualTo("jmh-smoke");
        assertThat(smoke.forks()).isEqualTo(1);
        assertThat(smoke.params()).containsKey(BenchCell.SCENARIO);
        JmhProfile quick = JmhProfile.load(PROFILES, "jmh-quick");
        assertThat(quick.forks()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void unknownProfileListsTheAvailableOnes() {
        assertThatThrownBy(() -> JmhProfile.load(PROFILES, "nightly"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown JMH profile 'nightly'")
                .hasMessageContaining("smoke").hasMessageContaining("quick");
    }

    @Test
    void malformedProfilesAreRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("jmh-typo.yaml"), "forks: 1\nparams:\n  batch_size: [1]\n");
        assertThatThrownBy(() -> JmhProfile.load(dir, "typo")).hasMessageContaining("unknown parameter 'batch_size'");
        Files.writeString(dir.resolve("jmh-key.yaml"), "fork: 1\n");
        assertThatThrownBy(() -> JmhProfile.load(dir, "key")).hasMessageContaining("is not valid");
        Files.writeString(dir.resolve("jmh-zero.yaml"), "measurement-iterations: 0\n");
        assertThatThrownBy(() -> JmhProfile.load(dir, "zero")).hasMessageContaining("at least 1");
    }
}
