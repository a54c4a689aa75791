package io.nas4j.cli.worker;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The control lines a coordinator writes to the standard input of the workers it spawned:
 * {@value #FINISH} (claim nothing more, exit when idle) and {@value #ABORT} (give the trial up
 * and exit). The end of the input means the coordinator is gone (killed): the worker aborts.
 */
public final class ControlChannel {
    /** Line asking a worker to claim nothing more. */
    public static final String FINISH = "finish";
    /** Line asking a worker to give up its trial and exit. */
    public static final String ABORT = "abort";

    private ControlChannel() {
    }

    /** Reads control lines from {@code in} on a daemon thread and sets {@code flags} accordingly. */
    public static void listen(InputStream in, ControlFlags flags) {
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String word = line.strip();
                    if (word.equals(FINISH)) {
                        flags.finish();
                    } else if (word.equals(ABORT)) {
                        flags.abort();
                        return;
                    }
                }
            } catch (IOException e) {
                // a broken pipe means the same as the end of input
            }
            flags.abort();
        }, "nas4j-worker-control");
        t.setDaemon(true);
        t.start();
    }
}
