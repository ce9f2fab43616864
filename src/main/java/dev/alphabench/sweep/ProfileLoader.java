package dev.alphabench.sweep;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a profile by name (a file in the profiles directory) or by path. Every problem becomes a
 * {@link ProfileException} whose message reads {@code FILE:LINE:COLUMN: key 'a.b': what is wrong}.
 */
public final class ProfileLoader {
    public static final String EXTENSION = ".yaml";
    private final Path profilesDir;
    private final ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ProfileLoader(Path profilesDir) {
        this.profilesDir = profilesDir;
    }

    /** NAME (profiles/NAME.yaml) or a path to a profile file. */
    public Profile load(String nameOrPath) {
        Path file = resolve(nameOrPath);
        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        Profile.Document doc;
        try {
            doc = mapper.readValue(file.toFile(), Profile.Document.class);
        } catch (JsonProcessingException e) {
            throw new ProfileException(describe(file, e));
        } catch (IOException e) {
            throw new ProfileException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (doc == null) {
            throw new ProfileException(file + ": empty profile (it needs at least 'scenarios:')");
        }
        if (doc.scenarios == null) {
            throw new ProfileException(file + ": required key 'scenarios' missing");
        }
        Profile profile = new Profile(name, file, doc.description == null ? "" : doc.description,
                doc.defaults == null ? ProfileSettings.NONE : doc.defaults, doc.scenarios);
        Expansion.of(profile); // reject values that apply to no cell now, before any training
        return profile;
    }

    Path resolve(String nameOrPath) {
        Path asPath = Path.of(nameOrPath);
        if (Files.isRegularFile(asPath)) {
            return asPath;
        }
        Path named = profilesDir.resolve(nameOrPath + EXTENSION);
        if (!nameOrPath.contains("/") && Files.isRegularFile(named)) {
            return named;
        }
        throw new ProfileException("profile '" + nameOrPath + "' not found: no file " + named + " and no file "
                + asPath + " (profiles in " + profilesDir + ": " + available() + ")");
    }

    String available() {
        try (var files = Files.list(profilesDir)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(EXTENSION))
                    .map(f -> f.substring(0, f.length() - EXTENSION.length())).sorted().collect(Collectors.joining(", "));
        } catch (IOException e) {
            return "none";
        }
    }

    static String describe(Path file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        if (e instanceof UnrecognizedPropertyException u && line > 0) {
            // Jackson points at the unknown key's value, which may start on a later line than the key
            int keyLine = keyLine(file, u.getPropertyName(), line);
            column = keyLine == line ? column : -1;
            line = keyLine;
        }
        String where = file + (line < 1 ? "" : ":" + line + (column < 1 ? "" : ":" + column));
        String key = e instanceof JsonMappingException m ? path(m) : "";
        return where + ": " + (key.isEmpty() ? "" : "key '" + key + "': ") + what(e);
    }

    private static int keyLine(Path file, String key, int valueLine) {
        try {
            List<String> lines = Files.readAllLines(file);
            Pattern pattern = Pattern.compile("^[\\s-]*[\"']?" + Pattern.quote(key) + "[\"']?\\s*:.*");
            for (int i = Math.min(valueLine, lines.size()); i >= 1; i--) {
                if (pattern.matcher(lines.get(i - 1)).matches()) {
                    return i;
                }
            }
        } catch (IOException e) {
            // keep Jackson's line
        }
        return valueLine;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String what(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return "unknown key '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : " (valid here: " + known + ")");
        }
        if (e instanceof InvalidFormatException f) {
            return "wrong type: '" + f.getValue() + "' is not " + typeName(f.getTargetType());
        }
        String message = e.getOriginalMessage();
        if (message.startsWith("Missing required creator property")) {
            return "required key missing: " + message.replaceAll(".*'([^']+)'.*", "$1");
        }
        if (e instanceof MismatchedInputException m && message.startsWith("Cannot")) {
            return "wrong type: expected " + typeName(m.getTargetType());
        }
        if (message.startsWith("Duplicate field")) {
            return "duplicate key " + message.substring("Duplicate field ".length());
        }
        if (message.startsWith("No content to map")) {
            return "empty profile (it needs at least 'scenarios:')";
        }
        return message.lines().findFirst().orElse(message);
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type == String.class) {
            return "text";
        }
        if (type.isRecord()) {
            return "a mapping of keys";
        }
        return type.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
