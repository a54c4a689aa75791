package io.nas4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in this JVM and captures what it prints. */
public final class CliRunner {
    /** What a run printed and returned. */
    public record Result(int code, String out, String err) {
        /** Standard output and error together. */
        public String all() {
            return out + err;
        }
    }

    private CliRunner() {
    }

    /** Runs {@code nas4j args...}. */
    public static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }
}
