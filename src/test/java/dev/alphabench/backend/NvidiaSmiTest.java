package dev.alphabench.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class NvidiaSmiTest {
    @TempDir
    Path dir;

    @Test
    void parsesATeslaT4() {
        NvidiaSmi.Probe p = Recorded.probe("t4.csv", 0);
        assertThat(p.problem()).isNull();
        assertThat(p.gpus()).containsExactly(new GpuInfo("Tesla T4", "7.5", 15360, "535.104.05"));
    }

    @Test
    void parsesEveryGpuOfAMachine() {
        NvidiaSmi.Probe p = Recorded.probe("a100-x2.csv", 0);
        assertThat(p.gpus()).hasSize(2).allSatisfy(g -> {
            assertThat(g.name()).isEqualTo("NVIDIA A100-SXM4-40GB");
            assertThat(g.major()).isEqualTo(8);
            assertThat(g.memoryMb()).isEqualTo(40960);
        });
    }

    @Test
    void aFailingDriverIsNoGpuWithItsFirstLine() {
        NvidiaSmi.Probe p = Recorded.probe("no-driver.txt", 9);
        assertThat(p.gpus()).isEmpty();
        assertThat(p.problem()).isEqualTo("nvidia-smi exited with 9: NVIDIA-SMI has failed because it couldn't"
                + " communicate with the NVIDIA driver. Make sure that the latest NVIDIA driver is installed and running.");
    }

    @Test
    void noDevicesIsNoGpu() {
        assertThat(Recorded.probe("no-devices.txt", 6).problem()).contains("exited with 6: No devices were found");
        assertThat(Recorded.probe("no-devices.txt", 0).problem()).isEqualTo("nvidia-smi lists no GPU");
    }

    @Test
    void oldDriversGiveNoComputeCapability() {
        NvidiaSmi.Probe p = Recorded.probe("old-driver-k80.csv", 0);
        assertThat(p.gpus()).containsExactly(new GpuInfo("Tesla K80", "", 11441, "470.82.01"));
        assertThat(p.gpus().get(0).major()).isEqualTo(-1);
    }

    @Test
    void garbageIsReportedNotGuessed() {
        assertThat(NvidiaSmi.parse(0, "something else entirely", true).problem()).startsWith("unexpected nvidia-smi output");
    }

    @Test
    void aMissingCommandMeansNoDriver() {
        NvidiaSmi.Probe p = NvidiaSmi.probe(dir.resolve("no-such-nvidia-smi").toString());
        assertThat(p.gpus()).isEmpty();
        assertThat(p.problem()).contains("could not be run").contains("no NVIDIA driver");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void runsTheCommandAndFallsBackWithoutComputeCapOnOldDrivers() throws IOException {
        Path old = fake("case \"$1\" in *compute_cap*) cat '" + resource("old-driver-compute-cap.txt") + "'; exit 2;; esac\n"
                + "cat '" + resource("old-driver-k80.csv") + "'\n");
        assertThat(NvidiaSmi.probe(old.toString()).gpus()).containsExactly(new GpuInfo("Tesla K80", "", 11441, "470.82.01"));

        Path t4 = fake("cat '" + resource("t4.csv") + "'\n");
        assertThat(NvidiaSmi.probe(t4.toString()).gpus()).extracting(GpuInfo::computeCapability).containsExactly("7.5");
    }

    private Path resource(String name) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, Recorded.text(name));
        return p;
    }

    private Path fake(String body) throws IOException {
        Path script = Files.createTempFile(dir, "nvidia-smi", ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
