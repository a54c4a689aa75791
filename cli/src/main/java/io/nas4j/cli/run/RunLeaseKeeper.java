package io.nas4j.cli.run;

import io.nas4j.store.LeaseLostException;
import io.nas4j.store.RunLease;
import io.nas4j.store.StorageException;
import io.nas4j.store.Study;
import io.nas4j.store.StudyBusyException;
import io.nas4j.store.StudyStorage;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Holds a study's {@link RunLease} for one {@code nas4j run}: takes it at the start, renews it in
 * the background (every sixth of {@code staleAfter}) and gives it up on {@link #close()}. Two runs
 * of one study on a shared database server would both fill the queue and overshoot the budget;
 * the second is refused while the first renews its lease.
 *
 * <p>A lease is taken over at once when the database is this process's own (an embedded file it
 * has locked, or an in-memory database), or when its holder is a process on this host that is no
 * longer alive (a run killed with {@code kill -9}); a silent holder elsewhere loses it after
 * {@code staleAfter}.
 */
public final class RunLeaseKeeper implements AutoCloseable {
    private final StudyStorage storage;
    private final Study study;
    private final String holder;
    private final ScheduledExecutorService renewer;
    private final AtomicBoolean lost = new AtomicBoolean();

    private RunLeaseKeeper(StudyStorage storage, Study study, String holder, Duration staleAfter, Runnable onLost) {
        this.storage = storage;
        this.study = study;
        this.holder = holder;
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nas4j-run-lease");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(200, staleAfter.toMillis() / 6);
        renewer.scheduleAtFixedRate(() -> renew(onLost), period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Takes the lease of {@code study} for this process.
     *
     * @param exclusive whether this process has the database to itself (embedded file or memory)
     * @param staleAfter silence after which another run's lease may be taken over
     * @param onLost called once if another run takes the lease over (this run should stop)
     * @throws StudyBusyException when another live run holds it
     */
    public static RunLeaseKeeper acquire(StudyStorage storage, Study study, boolean exclusive, Duration staleAfter,
            Runnable onLost) {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(staleAfter, "staleAfter");
        Objects.requireNonNull(onLost, "onLost");
        String me = holderOfThisProcess();
        boolean force = exclusive || storage.runLease(study.id()).map(RunLeaseKeeper::heldByADeadLocalProcess).orElse(false);
        storage.acquireRunLease(study.id(), me, staleAfter, force);
        return new RunLeaseKeeper(storage, study, me, staleAfter, onLost);
    }

    /** {@code pid@host} of this process. */
    public static String holderOfThisProcess() {
        return ProcessHandle.current().pid() + "@" + hostName();
    }

    /** Whether the lease names a process of this host that has ended. */
    static boolean heldByADeadLocalProcess(RunLease lease) {
        String h = lease.holder();
        int at = h.indexOf('@');
        if (at <= 0 || !h.substring(at + 1).equals(hostName())) {
            return false;
        }
        try {
            long pid = Long.parseLong(h.substring(0, at));
            Optional<ProcessHandle> p = ProcessHandle.of(pid);
            return p.isEmpty() || !p.get().isAlive();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    private void renew(Runnable onLost) {
        if (lost.get()) {
            return;
        }
        try {
            storage.renewRunLease(study.id(), holder);
        } catch (LeaseLostException e) {
            if (lost.compareAndSet(false, true)) {
                onLost.run();
            }
        } catch (StorageException e) {
            // a busy or briefly unreachable database: the next renewal tries again
        }
    }

    /** Whether another run took the lease over. */
    public boolean lost() {
        return lost.get();
    }

    /** The holder name of this run ({@code pid@host}). */
    public String holder() {
        return holder;
    }

    /** Stops renewing and gives the lease up (quietly, if the database is gone). */
    @Override
    public void close() {
        renewer.shutdownNow();
        try {
            renewer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            storage.releaseRunLease(study.id(), holder);
        } catch (StorageException e) {
            // the lease goes stale by itself
        }
    }
}
