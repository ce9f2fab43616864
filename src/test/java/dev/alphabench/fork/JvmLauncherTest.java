package dev.alphabench.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher with a tiny real child (no ND4J): exit codes, output tail, settings passed, time limit. */
class JvmLauncherTest {
    @TempDir
    Path dir;

    private ChildExit launch(String arg, Duration limit, Runnable poll) {
        return JvmLauncher.run(new JvmLauncher.Launch(List.of("-Dlaunched.child=p1"), Map.of("LAUNCHED_CHILD", "e1"),
                k -> k.equals("LAUNCHED_CHILD"), LaunchedChild.class.getName(), List.of(arg), dir.resolve("child.log"), limit), poll);
    }

    @Test
    void exitCodeAndTheLastLinesOfBothStreams() {
        ChildExit exit = launch("7", Duration.ofMinutes(2), () -> { });
        assertThat(exit.ok()).isFalse();
        assertThat(exit.exitCode()).isEqualTo(7);
        assertThat(exit.signal()).isEmpty();
        assertThat(exit.tail()).hasSize(ChildExit.TAIL_LINES).contains("line 8").contains("env e1 prop p1");
        assertThat(exit.describe()).startsWith("child JVM exited with code 7; last output: ").contains("line 5 | line 6");
        assertThat(launch("0", Duration.ofMinutes(2), () -> { }).ok()).isTrue();
    }

    @Test
    void aChildPastItsLimitIsKilledAndSaysSo() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        long start = System.nanoTime();
        ChildExit exit = launch("sleep", Duration.ofSeconds(3), polls::incrementAndGet);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(60));
        assertThat(exit.timedOut()).isTrue();
        assertThat(exit.ok()).isFalse();
        assertThat(exit.describe()).startsWith("child JVM passed the cell time limit of 3s and was killed");
        assertThat(polls.get()).isGreaterThan(3);
        assertThat(ProcessHandle.current().descendants()).noneMatch(p -> p.info().commandLine().orElse("")
                .contains(LaunchedChild.class.getName()));
    }

    @Test
    void signalsAreNamedFromTheExitCode() throws Exception {
        Path log = Files.writeString(dir.resolve("x.log"), "a\n\n#\n" + "x".repeat(300) + "\n");
        List<String> tail = ChildExit.tail(log);
        assertThat(tail).hasSize(2);
        assertThat(tail.get(1)).hasSize(243).endsWith("...");
        Path crash = Files.writeString(dir.resolve("crash.log"), String.join("\n", "starting", "#",
                "# A fatal error has been detected by the Java Runtime Environment:", "#",
                "#  SIGSEGV (0xb) at pc=0x00007f, pid=25213, tid=25214", "#", "# Problematic frame:",
                "# V  [libjvm.so+0xe1c0b0]  Unsafe_PutLong+0x20", "#", "# An error report file with more information is saved as:",
                "# /tmp/w/hs_err_pid25213.log", "#", "# If you would like to submit a bug report, please visit:", "#   https://x"));
        assertThat(ChildExit.tail(crash)).containsExactly("#  SIGSEGV (0xb) at pc=0x00007f, pid=25213, tid=25214",
                "# V  [libjvm.so+0xe1c0b0]  Unsafe_PutLong+0x20", "# /tmp/w/hs_err_pid25213.log");
        assertThat(ChildExit.exited(137, Duration.ZERO, List.of()).describe()).isEqualTo("child JVM killed by SIGKILL (exit 137); no output");
        assertThat(ChildExit.exited(134, Duration.ZERO, List.of("boom")).describe())
                .isEqualTo("child JVM killed by SIGABRT (exit 134); last output: boom");
        assertThat(ChildExit.exited(1, Duration.ZERO, List.of()).signal()).isEmpty();
    }
}
