package dev.alphabench.fork;

/** A child for {@link JvmLauncherTest}: prints its arguments and an environment variable, then exits or sleeps. */
public final class LaunchedChild {
    public static void main(String[] args) throws InterruptedException {
        for (int i = 1; i <= 8; i++) {
            System.out.println("line " + i);
        }
        System.err.println("env " + System.getenv("LAUNCHED_CHILD") + " prop " + System.getProperty("launched.child"));
        if (args[0].equals("sleep")) {
            Thread.sleep(Long.MAX_VALUE);
        }
        System.exit(Integer.parseInt(args[0]));
    }
}
