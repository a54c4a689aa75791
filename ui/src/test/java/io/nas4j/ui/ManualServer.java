package io.nas4j.ui;

import io.nas4j.store.Storages;
import io.nas4j.store.Study;
import io.nas4j.store.StudyStorage;

/**
 * Starts the UI on a filled in-memory store for trying it by hand:
 * {@code java ... io.nas4j.ui.ManualServer [PORT] [TRIALS]}; stops on Enter.
 */
public final class ManualServer {
    private ManualServer() {
    }

    /** Runs it. */
    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8080;
        int trials = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        try (StudyStorage storage = Storages.open("mem:ui-manual")) {
            Study s = UiFixtures.study(storage, "fashion-cnn-evolution");
            UiFixtures.fill(storage, s, trials, 12, 7);
            try (UiServer ui = UiServer.builder().setStorage(storage).optPort(port).build().start()) {
                System.out.println("UI at " + ui.url());
                System.in.read();
            }
        }
    }
}
