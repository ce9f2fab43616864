package dev.alphabench.sweep;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.alphabench.scenario.Layout;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict readers for profile values: a list (or a single value), never empty, with every element
 * checked where it stands, so an error points at the offending line and column.
 */
final class ValueReaders {
    private ValueReaders() {
    }

    /** Reads one element; the parser is on its token. */
    private interface Element<T> {
        T read(JsonParser p) throws IOException;
    }

    static <T> List<T> list(JsonParser p, Element<T> element) throws IOException {
        List<T> values = new ArrayList<>();
        if (p.currentToken() != JsonToken.START_ARRAY) {
            values.add(element.read(p));
            return values;
        }
        JsonLocation start = p.currentTokenLocation();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(element.read(p));
        }
        if (values.isEmpty()) {
            throw new JsonMappingException(p, "empty list (give at least one value, or leave the key out)", start);
        }
        return values;
    }

    static int integer(JsonParser p, int min, String what) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw error(p, "wrong type: expected " + what + ", got " + describe(p));
        }
        long v = p.getLongValue();
        if (v < min || v > Integer.MAX_VALUE) {
            throw error(p, "expected " + what + ", got " + v);
        }
        return (int) v;
    }

    static JsonMappingException error(JsonParser p, String message) {
        return new JsonMappingException(p, message, p.currentTokenLocation());
    }

    private static String describe(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        return switch (t) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "a mapping";
            case VALUE_STRING -> "text '" + p.getText() + "'";
            case VALUE_NUMBER_FLOAT -> "number " + p.getText();
            case VALUE_TRUE, VALUE_FALSE -> "boolean " + p.getText();
            case VALUE_NULL -> "nothing";
            default -> t.asString() == null ? t.name() : t.asString();
        };
    }

    /** A key written with no value ("epochs:") is a mistake, not "unset": leave the key out instead. */
    abstract static class Strict<T> extends JsonDeserializer<T> {
        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            throw error(ctxt.getParser(), "no value given (give a value, or leave the key out)");
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return null;
        }
    }

    static final class PositiveInts extends Strict<List<Integer>> {
        @Override
        public List<Integer> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return list(p, e -> integer(e, 1, "a positive integer"));
        }
    }

    static final class BatchSizes extends Strict<List<Integer>> {
        @Override
        public List<Integer> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return list(p, e -> e.currentToken() == JsonToken.VALUE_STRING && "all".equals(e.getText())
                    ? ProfileSettings.ALL_SAMPLES
                    : integer(e, 1, "a positive integer or 'all'"));
        }
    }

    static final class Layouts extends Strict<List<Layout>> {
        @Override
        public List<Layout> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return list(p, e -> {
                if (e.currentToken() != JsonToken.VALUE_STRING) {
                    throw error(e, "wrong type: expected a layout (time-steps, features, masked), got " + describe(e));
                }
                try {
                    return Layout.parse(e.getText());
                } catch (IllegalArgumentException bad) {
                    throw error(e, bad.getMessage());
                }
            });
        }
    }

    static final class PositiveInt extends Strict<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return integer(p, 1, "a positive integer");
        }
    }

    static final class NonNegativeInt extends Strict<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return integer(p, 0, "an integer >= 0");
        }
    }

    static final class TimeLimit extends Strict<java.time.Duration> {
        @Override
        public java.time.Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING && p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw error(p, "wrong type: expected a duration (e.g. 90s, 30m, 4h), got " + describe(p));
            }
            try {
                return Durations.parse(p.getText());
            } catch (IllegalArgumentException bad) {
                throw error(p, bad.getMessage());
            }
        }
    }
}
