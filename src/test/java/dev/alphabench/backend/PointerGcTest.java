package dev.alphabench.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alphabench.report.Column;
import dev.alphabench.report.CsvResults;
import dev.alphabench.report.Row;
import dev.alphabench.settings.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointerGcTest {

    @Test
    void aUsersOwnNopointergcIsNamedInTheStamp() {
        String before = PointerGc.describe(Settings.defaults());
        assertTrue(!before.contains("nopointergc"), before);
        System.setProperty(PointerGc.JAVACPP_PROPERTY, "true");
        try {
            String stamp = PointerGc.describe(Settings.defaults());
            assertTrue(stamp.startsWith("pointergc=org.bytedeco.javacpp.nopointergc"), stamp);
        } finally {
            System.clearProperty(PointerGc.JAVACPP_PROPERTY);
        }
        // read from the property each time, not remembered: without it the stamp is what it was
        assertEquals(before, PointerGc.describe(Settings.defaults()));
    }

    /**
     * The same short training in two fresh JVMs, the default (JavaCPP's deallocator thread) vs
     * {@code -Dalphabench.pointergc=scoped}: the scoped run must really have JavaCPP's queue off (read
     * back into the settings column) and train bit for bit the same network (CPU, one thread).
     */
    @Test
    void scopedTrainsTheSameNetworkWithJavaCppsQueueOff(@TempDir Path dir) throws Exception {
        Assumptions.assumeFalse(BuildInfo.load(Settings.defaults()).expectsCuda(), "CPU build only");
        Row javacpp = runChild(dir.resolve("default"), null);
        Row scoped = runChild(dir.resolve("scoped"), "scoped");
        assertTrue(javacpp.get(Column.SETTINGS).contains("pointergc=javacpp"), javacpp.get(Column.SETTINGS));
        assertTrue(scoped.get(Column.SETTINGS).contains("pointergc=scoped"), scoped.get(Column.SETTINGS));
        assertEquals(javacpp.get(Column.INITIAL_LOSS), scoped.get(Column.INITIAL_LOSS));
        assertEquals(javacpp.get(Column.FINAL_LOSS), scoped.get(Column.FINAL_LOSS));
        assertEquals(javacpp.get(Column.ACCURACY), scoped.get(Column.ACCURACY));
        assertEquals(javacpp.get(Column.GENERATION), scoped.get(Column.GENERATION));
        assertTrue(javacpp.number(Column.FINAL_LOSS) < javacpp.number(Column.INITIAL_LOSS), "it trained");
    }

    private static Row runChild(Path out, String mode) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "dev.alphabench.cli.Main", "run", "--scenario", "stateful", "--epochs", "3", "--out", out.toString()));
        if (mode != null) {
            cmd.add(1, "-D" + Settings.POINTER_GC + "=" + mode);
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(Files.createDirectories(out).resolve("log.txt").toFile());
        pb.environment().put("OMP_NUM_THREADS", "1");
        Process child = pb.start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new AssertionError("child JVM did not finish: " + out.resolve("log.txt"));
        }
        assertEquals(0, child.exitValue(), () -> "child failed: " + read(out.resolve("log.txt")));
        List<Row> rows = CsvResults.read(out.resolve("latest.csv"));
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
