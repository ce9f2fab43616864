package dev.alphabench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails half way leaves the previous file as it was, and nothing beside it. */
class AtomicWriteTest {
    static final int ROWS = 5000;
    static final int FAIL_AT = 4000;

    @TempDir
    Path dir;

    @Test
    void aFailureInjectedMidWriteLeavesThePreviousFileIntactAndNoPartialFile() throws IOException {
        Path file = dir.resolve("run.csv");
        ResultCsv.write(file, List.of(row("previous")));
        byte[] before = Files.readAllBytes(file);
        long[] partialBytes = {-1};
        List<Repetition> failing = new AbstractList<>() {
            @Override
            public Repetition get(int i) {
                if (i == FAIL_AT) {
                    partialBytes[0] = sizeOfOthers(file);
                    throw new IllegalStateException("injected failure at row " + i);
                }
                return row("new " + i);
            }

            @Override
            public int size() {
                return ROWS;
            }
        };
        assertThatThrownBy(() -> ResultCsv.write(file, failing)).hasMessageContaining("injected failure at row " + FAIL_AT);
        // the failure struck while part of the new content was already on disk beside the file
        assertThat(partialBytes[0]).isGreaterThan(10_000);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(files()).containsExactly(file);
        assertThat(ResultCsv.readRepetitions(file, Column.SCENARIO)).extracting(r -> r.cell().scenario()).containsExactly("previous");
    }

    @Test
    void aFailedMoveLeavesNoTemporaryFile() throws IOException {
        Path taken = Files.createDirectories(dir.resolve("taken.csv").resolve("not-empty"));
        assertThatThrownBy(() -> ResultCsv.write(taken.getParent(), List.of(row("x")))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot write");
        assertThat(files()).containsExactly(taken.getParent());
    }

    static Repetition row(String scenario) {
        return new Repetition(Stamp.EMPTY, new CellSpec(scenario, "time-steps", 1, 1, 1, 32, 1, 2, 0, 1.0, 1), 1, 0,
                Measures.NONE, "", Status.FAILED, "x".repeat(40));
    }

    /** Bytes in files of the directory other than {@code file}: the temporary file being written. */
    private long sizeOfOthers(Path file) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !p.equals(file)).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
