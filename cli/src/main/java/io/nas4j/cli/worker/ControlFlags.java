package io.nas4j.cli.worker;

import java.util.concurrent.atomic.AtomicBoolean;

/** A {@link WorkerControl} set from code: by signal handlers, or by the coordinator's control lines. */
public final class ControlFlags implements WorkerControl {
    private final AtomicBoolean finish = new AtomicBoolean();
    private final AtomicBoolean abort = new AtomicBoolean();

    /** Asks the worker to claim nothing more. */
    public void finish() {
        finish.set(true);
    }

    /** Asks the worker to give up its trial and exit. */
    public void abort() {
        abort.set(true);
    }

    @Override
    public boolean finishRequested() {
        return finish.get() || abort.get();
    }

    @Override
    public boolean abortRequested() {
        return abort.get();
    }
}
