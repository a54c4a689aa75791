package io.nas4j.cli.command;

import io.nas4j.cli.UsageException;
import io.nas4j.store.StudyStorage;
import io.nas4j.ui.UiServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nas4j ui}: serves the web UI over a study database until Ctrl-C. */
@Command(name = "ui", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the web UI (studies, trials, architectures, comparisons) over a study database.",
            "Read-only. Binds 127.0.0.1 unless --host says otherwise; any other address needs --token."})
public final class UiCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = UiServer.DEFAULT_HOST,
            description = "address to bind (default: ${DEFAULT-VALUE}; non-loopback needs --token)")
    String host;

    @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--token", paramLabel = "T", description = "access token every request must carry "
            + "(at least 8 of letters, digits, . _ ~ -); open the printed URL once to set its cookie")
    String token;

    @Mixin
    DbOption db;

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        UiServer.Builder builder = builder(host, port, token);
        try (StudyStorage storage = db.openExisting()) {
            UiServer server = start(builder.setStorage(storage));
            CountDownLatch stopped = new CountDownLatch(1);
            Signals.onInterrupt(stopped::countDown);
            out.println("nas4j ui: serving " + storage.location() + " at " + server.url() + " (Ctrl-C to stop)");
            out.flush();
            try {
                stopped.await();
            } finally {
                server.close();
            }
        }
        return 0;
    }

    /** A UI server builder for the options, with bad options as usage errors (exit 2). */
    static UiServer.Builder builder(String host, int port, String token) {
        try {
            UiServer.checkBinding(host, port, token);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        }
        return UiServer.builder().optHost(host).optPort(port).optToken(token);
    }

    /** Starts {@code builder}'s server; a port in use is a usage error. */
    static UiServer start(UiServer.Builder builder) {
        try {
            return builder.build().start();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e.getCause() instanceof java.net.BindException || e instanceof io.javalin.util.JavalinBindException) {
                throw new UsageException("cannot serve the UI: " + e.getMessage() + " (choose another --port)", e);
            }
            throw e;
        }
    }
}
