package io.nas4j.cli.command;

/** Ctrl-C handling: the first SIGINT asks the run to stop gracefully, a second one exits at once. */
final class Signals {
    private Signals() {
    }

    @SuppressWarnings("removal")
    static void onInterrupt(Runnable stop) {
        try {
            final int[] count = {0};
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), sig -> {
                if (count[0]++ == 0) {
                    System.err.println("\nnas4j: stopping after putting the running trial back (Ctrl-C again to quit now)");
                    stop.run();
                } else {
                    Runtime.getRuntime().halt(io.nas4j.cli.ExitCodes.INTERRUPTED);
                }
            });
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no signal support on this platform: default handling
        }
    }
}
