package dev.alphabench.report;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

/** The text of one CSV record by column, parsed into typed parts; {@code where} names the record in errors. */
record Fields(String where, Map<Column, String> values) {

    String text(Column c) {
        return values.getOrDefault(c, "");
    }

    /** Empty is NaN: not measured. */
    double number(Column c) {
        String t = text(c);
        try {
            return t.isEmpty() ? Double.NaN : Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new InvalidResultsException(where + ": " + c.header() + " '" + t + "' is not a number");
        }
    }

    /** Empty is 0, as in files written before the column existed. */
    long integer(Column c) {
        String t = text(c);
        try {
            return t.isEmpty() ? 0 : Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new InvalidResultsException(where + ": " + c.header() + " '" + t + "' is not a whole number");
        }
    }

    Status status() {
        try {
            return Status.parse(text(Column.STATUS));
        } catch (IllegalArgumentException e) {
            throw new InvalidResultsException(where + ": " + e.getMessage());
        }
    }

    Stamp stamp() {
        return new Stamp(values);
    }

    /** A record whose components are named after columns ({@link CellSpec}, {@link Measures}), by its canonical constructor. */
    <R extends Record> R record(Class<R> type) {
        RecordComponent[] parts = type.getRecordComponents();
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Column c = ResultCsv.column(parts[i]);
            Class<?> t = parts[i].getType();
            args[i] = t == String.class ? text(c) : t == int.class ? (Object) (int) integer(c) : (Object) number(c);
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(parts).map(RecordComponent::getType).toArray(Class[]::new))
                    .newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }
}
