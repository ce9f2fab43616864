package dev.alphabench.fork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.alphabench.settings.InvalidSettingException;
import dev.alphabench.settings.Settings;
import dev.alphabench.sweep.Cell;
import dev.alphabench.sweep.Expansion;
import dev.alphabench.sweep.ProfileLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForkRequestTest {
    private static final Settings SETTINGS = Settings.parse(properties(), Map.of("OMP_NUM_THREADS", "1"),
            List.of("-Xmx1g", "-Dalphabench.lstm=fused"));

    @TempDir
    Path dir;

    private static Properties properties() {
        Properties p = new Properties();
        p.setProperty("alphabench.lstm", "fused");
        p.setProperty("alphabench.workspaces", "single");
        p.setProperty("alphabench.test.fault", "hang@2");
        p.setProperty("alphabench.jmh.checks", "target/checks");
        return p;
    }

    @Test
    void theSettingsReachTheChildUnchanged() {
        ForkRequest sent = new ForkRequest(Expansion.of(new ProfileLoader(Path.of("profiles")).load("smoke")).cells().get(0),
                0, 1, SETTINGS, 2, "run", "2026-11-29T12:00:00Z", "smoke", "cli", "rows.csv", "progress");
        sent.write(dir.resolve("r.json"));
        ForkRequest got = ForkRequest.read(dir.resolve("r.json"));
        assertThat(got.settings()).isEqualTo(SETTINGS);
        assertThat(got.settings().stamp("t")).isEqualTo(SETTINGS.stamp("t")).contains("lstm=fused", "-Xmx1g");
        assertThat(got.settings().testFault()).isEqualTo("hang@2");
    }

    @Test
    void aTestFaultThatIsNoFaultIsABadSetting() {
        Properties p = new Properties();
        p.setProperty("alphabench.test.fault", "segfault");
        assertThatThrownBy(() -> Settings.parse(p, Map.of(), List.of())).isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("-Dalphabench.test.fault=segfault: valid values are sigkill, crash, hang, heap, native");
        assertThat(Settings.defaults().testFault()).isNull();
    }

    @Test
    void everyCellOfTheShippedProfilesReachesTheChildUnchanged() {
        ProfileLoader loader = new ProfileLoader(Path.of("profiles"));
        for (String profile : List.of("smoke", "quick", "seed", "full")) {
            for (Cell cell : Expansion.of(loader.load(profile)).cells()) {
                ForkRequest sent = new ForkRequest(cell, 0, cell.repetitions(), SETTINGS, 1, "run", "2026-11-29T12:00:00Z", profile, "cli",
                        "rows.csv", "progress");
                Path file = dir.resolve("request.json");
                sent.write(file);
                assertThat(ForkRequest.read(file)).as(profile + " " + cell.key()).isEqualTo(sent);
            }
        }
    }
}
