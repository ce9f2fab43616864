package dev.alphabench.ab;

/** A build of the project: what it was built from (a commit, or the working tree) and the classpath a child JVM runs it with. */
public record Build(String label, String classpath) {
    /** The build this JVM runs (the working tree's jar when started by scripts/alphabench). */
    public static Build running() {
        return new Build("working tree", System.getProperty("java.class.path"));
    }
}
