/**
 * Parallel trials in worker processes: the coordinator ({@link io.nas4j.cli.worker.Coordinator})
 * serves the study database to worker JVMs over a loopback H2 server
 * ({@link io.nas4j.cli.worker.DatabaseServer}), keeps trials queued, restarts dead workers and
 * gives the trials of lost workers back; each worker ({@link io.nas4j.cli.worker.Worker}) claims,
 * trains and records trials until told to stop.
 */
package io.nas4j.cli.worker;
