package io.nas4j.cli;

import io.nas4j.cli.command.RootCommand;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Entry point of {@code nas4j}. Bad input exits 2 with one line on standard error; unexpected
 * errors exit 1 with one line (and the stack trace with {@code --debug}).
 */
public final class Main {
    private Main() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        // H2 servers (the database served to worker processes) listen on the loopback interface only
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given streams and returns the exit code (used by tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cli = commandLine(out, err, debug);
        return cli.execute(java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new));
    }

    /** The configured picocli command tree. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean debug) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((ex, args) -> {
            err.println("nas4j: " + ex.getMessage().split("\n")[0] + " (see: nas4j "
                    + String.join(" ", subcommandPath(ex.getCommandLine())) + " --help)");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Throwable root = ex;
            if (root instanceof UsageException) {
                err.println("nas4j: " + root.getMessage());
                if (debug && root.getCause() != null) {
                    root.getCause().printStackTrace(err);
                }
                return ExitCodes.USAGE;
            }
            err.println("nas4j: error: " + describe(root));
            if (debug) {
                root.printStackTrace(err);
            } else {
                err.println("       (run again with --debug for the stack trace)");
            }
            return ExitCodes.ERROR;
        });
        return cli;
    }

    private static java.util.List<String> subcommandPath(CommandLine cl) {
        java.util.LinkedList<String> names = new java.util.LinkedList<>();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            names.addFirst(c.getCommandName());
        }
        return names;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return (m == null || m.isBlank()) ? t.getClass().getSimpleName() : m.split("\n")[0];
    }
}
