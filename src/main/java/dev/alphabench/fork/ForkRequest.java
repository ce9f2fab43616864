package dev.alphabench.fork;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.alphabench.scenario.Kind;
import dev.alphabench.settings.Settings;
import dev.alphabench.sweep.Cell;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * What the parent asks of one child JVM, as a JSON file: repetitions {@code from} (inclusive) to
 * {@code to} (exclusive) of a cell, trained with the parent's settings and stamped as rows of the
 * parent's run, in mode {@code forks}. The child writes their raw
 * rows, in the result CSV schema, to {@code rows}, rewriting it after each repetition, and its
 * progress ("repetition epoch") to {@code progress}. With {@code segments}, a child whose segment ends
 * exits with {@link ForkChild#SEGMENT_ENDED} after saving the repetition's checkpoint; null: no segments.
 */
public record ForkRequest(Cell cell, int from, int to, Settings settings, int forks, String runId, String started,
                          String profile, String source, String rows, String progress, SegmentPlan segments) {
    /** Without segments: each repetition trains in one child. */
    public ForkRequest(Cell cell, int from, int to, Settings settings, int forks, String runId, String started,
                       String profile, String source, String rows, String progress) {
        this(cell, from, to, settings, forks, runId, started, profile, source, rows, progress, null);
    }

    private static final ObjectMapper JSON = new ObjectMapper().addMixIn(Kind.class, NamedKind.class)
            .registerModule(new SimpleModule().addSerializer(Path.class, ToStringSerializer.instance) // as given, relative or not
                    .addDeserializer(Path.class, new FromStringDeserializer<>(Path.class) {
                        @Override
                        protected Path _deserialize(String value, DeserializationContext ctxt) {
                            return Path.of(value);
                        }
                    }));

    static {
        for (Class<?> kind : Kind.class.getPermittedSubclasses()) {
            JSON.registerSubtypes(new NamedType(kind, kind.getSimpleName()));
        }
    }

    /** A scenario's kind travels as {"kind": "Stateful", ...}: every kind the sealed interface permits. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    private interface NamedKind {
    }

    public void write(Path file) {
        try {
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static ForkRequest read(Path file) {
        try {
            return JSON.readValue(file.toFile(), ForkRequest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
