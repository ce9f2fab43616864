package dev.alphabench.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.alphabench.report.CellSummary;
import dev.alphabench.report.Column;
import dev.alphabench.report.ResultCsv;
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
        CellSummary javacpp = runChild(dir.resolve("default"), null);
        CellSummary scoped = runChild(dir.resolve("scoped"), "scoped");
        assertTrue(ResultCsv.text(javacpp, Column.SETTINGS).contains("pointergc=javacpp"), ResultCsv.text(javacpp, Column.SETTINGS));
        assertTrue(ResultCsv.text(scoped, Column.SETTINGS).contains("pointergc=scoped"), ResultCsv.text(scoped, Column.SETTINGS));
        assertEquals(ResultCsv.text(javacpp, Column.INITIAL_LOSS), ResultCsv.text(scoped, Column.INITIAL_LOSS));
        assertEquals(ResultCsv.text(javacpp, Column.FINAL_LOSS), ResultCsv.text(scoped, Column.FINAL_LOSS));
        assertEquals(ResultCsv.text(javacpp, Column.ACCURACY), ResultCsv.text(scoped, Column.ACCURACY));
        assertEquals(ResultCsv.text(javacpp, Column.GENERATION), ResultCsv.text(scoped, Column.GENERATION));
        assertTrue(javacpp.measures().finalLoss() < javacpp.measures().initialLoss(), "it trained");
    }

    private static CellSummary runChild(Path out, String mode) throws IOException, InterruptedException {
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
        List<CellSummary> rows = ResultCsv.readSummaries(out.resolve("latest.csv"));
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
