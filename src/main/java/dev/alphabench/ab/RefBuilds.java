package dev.alphabench.ab;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a git ref of the repository in its own worktree, {@code target/ab/<commit>/}, with the same
 * target's Maven profiles as the running build; the jar and classpath file stay there, so a second
 * comparison against the same commit reuses them. Offline first (the local Maven repository is
 * normally warm), online when that fails.
 */
public final class RefBuilds {
    private final Path repo;
    private final String targetId;
    private final List<String> mavenProfiles;
    private final PrintStream log;

    public RefBuilds(Path repo, String targetId, List<String> mavenProfiles, PrintStream log) {
        this.repo = repo.toAbsolutePath().normalize();
        this.targetId = targetId;
        this.mavenProfiles = List.copyOf(mavenProfiles);
        this.log = log;
    }

    /** The commit {@code ref} names (full hash); a {@link RefException} when it names none. */
    public String commit(String ref) {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new RefException("--base-ref: '" + ref + "' is not a git ref");
        }
        Result r = run(repo, null, "git", "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        if (r.code() != 0 || r.output().isBlank()) {
            throw new RefException("--base-ref: unknown git ref '" + ref + "' in " + repo);
        }
        return r.output().strip();
    }

    /** The build of {@code ref}: built now, or reused from an earlier comparison. */
    public Build build(String ref) {
        String commit = commit(ref);
        Path dir = repo.resolve("target").resolve("ab").resolve(commit);
        Path jar = dir.resolve("target").resolve("alphabench-" + targetId + ".jar");
        Path cpFile = dir.resolve("target").resolve("classpath-" + targetId + ".txt");
        String label = ref + " (" + commit.substring(0, 10) + ")";
        if (!(Files.isRegularFile(jar) && Files.isRegularFile(cpFile))) {
            if (!Files.isDirectory(dir)) {
                run(repo, null, "git", "worktree", "prune");
                Result added = run(repo, null, "git", "worktree", "add", "--detach", dir.toString(), commit);
                if (added.code() != 0) {
                    throw new RefException("--base-ref " + ref + ": cannot check out " + commit + " in " + dir + ": " + added.tail());
                }
            }
            Path buildLog = dir.resolveSibling(commit + ".build.log");
            log.println("alphabench check: building " + label + " in " + dir + " (log " + buildLog + ")");
            if (maven(dir, buildLog, true).code() != 0 && maven(dir, buildLog, false).code() != 0) {
                throw new RefException("--base-ref " + ref + ": " + commit.substring(0, 10) + " does not build (log " + buildLog + ")");
            }
            if (!(Files.isRegularFile(jar) && Files.isRegularFile(cpFile))) {
                throw new RefException("--base-ref " + ref + ": its build wrote no " + jar.getFileName() + " and "
                        + cpFile.getFileName() + " (a commit older than the build's jar naming?)");
            }
        }
        try {
            return new Build(label, jar + java.io.File.pathSeparator + Files.readString(cpFile, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + cpFile + ": " + e.getMessage(), e);
        }
    }

    private Result maven(Path dir, Path buildLog, boolean offline) {
        List<String> cmd = new ArrayList<>(List.of("./mvnw", "-B", "-q"));
        if (offline) {
            cmd.add("-o");
        }
        cmd.addAll(List.of("-P", String.join(",", mavenProfiles), "package", "-Dmaven.test.skip=true",
                "-Dalphabench.preflight.skip=true"));
        return run(dir, buildLog, cmd.toArray(String[]::new));
    }

    private record Result(int code, String output) {
        String tail() {
            List<String> lines = output.strip().lines().toList();
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
        }
    }

    /** Runs a command in {@code dir}; its output goes to {@code logFile} (appended) when given, else it is returned. */
    private static Result run(Path dir, Path logFile, String... cmd) {
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        if (logFile != null) {
            pb.redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        }
        try {
            Process p = pb.start();
            String out = logFile == null ? new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8) : "";
            return new Result(p.waitFor(), out);
        } catch (IOException e) {
            throw new ToolMissingException("cannot run " + cmd[0] + " in " + dir + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + cmd[0], e);
        }
    }
}
