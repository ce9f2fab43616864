package dev.alphabench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README and docs/ cannot drift from the repository: links resolve, quoted commands parse. */
class DocsTest {
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    private static final String COMMAND = "scripts/alphabench ";

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : markdownFiles()) {
            Matcher m = LINK.matcher(Files.readString(doc));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*") || target.startsWith("#")) {
                    continue;
                }
                Path resolved = doc.toAbsolutePath().getParent().resolve(target.replaceAll("#.*$", "")).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(doc + " -> " + target);
                }
            }
        }
        assertThat(broken).as("relative links that point nowhere").isEmpty();
    }

    @Test
    void everyReadmeCommandParses() throws IOException {
        List<String> commands = commands(Files.readString(Path.of("README.md")));
        assertThat(commands).as("README quotes scripts/alphabench commands").isNotEmpty();
        List<String> failing = new ArrayList<>();
        for (String command : commands) {
            try {
                Main.commandLine().parseArgs(words(command).toArray(String[]::new));
            } catch (CommandLine.ParameterException e) {
                failing.add(command + "  ->  " + e.getMessage());
            }
        }
        assertThat(failing).as("README commands that alphabench rejects").isEmpty();
    }

    @Test
    void aMisspelledCommandIsCaught() {
        assertThat(commands("run `scripts/alphabench run --scenaro one-char` now")).containsExactly("run --scenaro one-char");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> Main.commandLine().parseArgs(words("run --scenaro one-char").toArray(String[]::new)))
                .isInstanceOf(CommandLine.ParameterException.class);
    }

    /** Commands in fenced blocks (one per line) and in inline code; '[...]' marks a synopsis, not a command. */
    static List<String> commands(String markdown) {
        List<String> found = new ArrayList<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            boolean indented = line.startsWith("    ") && !line.strip().startsWith("|");
            if (fenced || indented) {
                addCommand(line, found);
            } else {
                Matcher m = INLINE_CODE.matcher(line);
                while (m.find()) {
                    addCommand(m.group(1), found);
                }
            }
        }
        return found;
    }

    private static void addCommand(String text, List<String> found) {
        int at = text.indexOf(COMMAND);
        if (at < 0) {
            return;
        }
        String command = text.substring(at + COMMAND.length()).replaceAll("\\s+#.*$", "");
        command = command.split("\\s*(\\||&&|;|>|2>)\\s*")[0].strip();
        if (!command.contains("[") && !command.contains("...") && !command.contains("…") && !command.isEmpty()) {
            found.add(command);
        }
    }

    /** Splits like a shell: whitespace separates, single and double quotes group. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        return files;
    }
}
