package io.nas4j.cli.worker;

/** What a worker is told while it runs: finish (claim nothing more) or abort (give up the trial now). */
public interface WorkerControl {
    /** True once the worker should claim no further trial (the one in hand is finished first). */
    boolean finishRequested();

    /** True once the worker should give up its trial at once and exit (Ctrl-C, coordinator gone). */
    boolean abortRequested();
}
