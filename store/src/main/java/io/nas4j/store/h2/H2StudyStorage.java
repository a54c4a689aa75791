package io.nas4j.store.h2;

import io.nas4j.searchspace.candidate.Candidate;
import io.nas4j.searchspace.evaluation.EpochMetrics;
import io.nas4j.searchspace.spec.Direction;
import io.nas4j.searchspace.spec.Objective;
import io.nas4j.searchspace.trial.History;
import io.nas4j.searchspace.trial.Lineage;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.searchspace.trial.TrialState;
import io.nas4j.store.IllegalTransitionException;
import io.nas4j.store.LeaseLostException;
import io.nas4j.store.MetricPoint;
import io.nas4j.store.NewStudy;
import io.nas4j.store.NewTrial;
import io.nas4j.store.NotFoundException;
import io.nas4j.store.RunLease;
import io.nas4j.store.StorageException;
import io.nas4j.store.StudyBusyException;
import io.nas4j.store.Study;
import io.nas4j.store.StudyExistsException;
import io.nas4j.store.StudyStorage;
import io.nas4j.store.StudySummary;
import io.nas4j.store.TrialLease;
import io.nas4j.store.TrialOutcome;
import io.nas4j.store.TrialParam;
import io.nas4j.store.TrialParams;
import io.nas4j.store.TrialSummary;
import io.nas4j.store.query.TrialPage;
import io.nas4j.store.query.TrialQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The {@link StudyStorage} on H2 (embedded file, in-memory or TCP server), with the schema in
 * {@code db/migration} applied by Flyway on open. Every public method runs in its own
 * transaction; transactions that meet a lock conflict are retried a few times.
 *
 * <p>Durability: creating and deleting studies, creating, claiming and finishing trials and
 * requeueing are written to the database file before the method returns ({@code CHECKPOINT}), so
 * they survive a crash (kill -9) of the process right after. Epochs, heartbeats and attributes
 * are committed at once but reach the file with H2's background writer (within
 * {@code WRITE_DELAY}, 500 ms by default) or the next durable write: a crash may lose the last
 * fraction of a second of them, which a requeued trial records again.
 *
 * <p>Concurrency: trial numbering, claiming and requeueing lock the study row
 * ({@code SELECT ... FOR UPDATE}), so they are serialized per study across threads and processes;
 * writes by a worker lock the trial row and check that the worker still owns it.
 */
public final class H2StudyStorage implements StudyStorage {
    private static final int MAX_TRIES = 10;
    private static final int MAX_CACHED_CANDIDATES = 100_000;
    private static final String TRIAL_COLUMNS = "t.number, t.state, t.candidate_json, t.fingerprint, t.generation, "
            + "t.parents_json, t.operator, t.values_json, t.metrics_json, t.param_count, t.flops, t.message, "
            + "t.started_at, t.finished_at";
    private static final String STUDY_COLUMNS = "id, name, spec_json, objectives_json, seed, strategy, dataset, "
            + "provenance_json, created_at";

    private final H2Location location;
    private final ConnectionPool pool;
    private final SqlErrors errors;
    private final Clock clock;
    /** Parsed candidates by fingerprint: candidates are immutable and reading them is the cost of history reads. */
    private final Map<String, Candidate> candidates = new ConcurrentHashMap<>();
    /** Per study, the trials read by {@link #history} so far (see there). */
    private final Map<Long, HistoryCache> histories = new ConcurrentHashMap<>();

    private H2StudyStorage(H2Location location, ConnectionPool pool, SqlErrors errors, Clock clock) {
        this.location = location;
        this.pool = pool;
        this.errors = errors;
        this.clock = clock;
    }

    /** Opens the store at a path, {@code mem:NAME} or {@code jdbc:h2:} URL (see {@link H2Location}). */
    public static H2StudyStorage open(String location) {
        return open(H2Location.parse(location), Clock.systemUTC());
    }

    /**
     * Opens the store at {@code location}, creating the database and its parent folders when
     * missing and applying pending migrations, with {@code clock} for every time it records.
     *
     * @throws StorageException if the database is in use by another process, damaged, unreachable
     *     or cannot be migrated
     */
    public static H2StudyStorage open(H2Location location, Clock clock) {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(clock, "clock");
        if (location.dataFile().isPresent() && location.dataFile().get().getParent() != null) {
            try {
                Files.createDirectories(location.dataFile().get().getParent());
            } catch (IOException e) {
                throw new StorageException("cannot create the folder of database " + location.display() + ": " + e, e);
            }
        }
        SqlErrors errors = new SqlErrors(location.display());
        ConnectionPool pool;
        try {
            pool = new ConnectionPool(location.jdbcUrl());
        } catch (SQLException e) {
            throw errors.opening(e);
        }
        try {
            Flyway.configure(H2StudyStorage.class.getClassLoader())
                    .dataSource(pool.dataSource())
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new StorageException("cannot bring database " + location.display()
                    + " to the current schema: " + firstLine(e.getMessage()), e);
        }
        return new H2StudyStorage(location, pool, errors, clock);
    }

    @Override
    public String location() {
        return location.display();
    }

    /** Where the data lives, parsed. */
    public H2Location h2Location() {
        return location;
    }

    @Override
    public void close() {
        pool.close();
    }

    // ------------------------------------------------------------------ studies

    @Override
    public Study createStudy(NewStudy s) {
        Objects.requireNonNull(s, "study");
        return durableTx("create study '" + s.name() + "'", c -> {
            long now = clock.millis();
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO studies (name, spec_json, objectives_json, "
                    + "seed, strategy, dataset, provenance_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, s.name());
                ps.setString(2, s.specJson());
                ps.setString(3, Json.objectives(s.objectives()));
                ps.setLong(4, s.seed());
                ps.setString(5, s.strategy());
                ps.setString(6, s.dataset());
                ps.setString(7, Json.strings(s.provenance()));
                ps.setLong(8, now);
                ps.setLong(9, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            } catch (SQLException e) {
                if (SqlErrors.isDuplicateKey(e)) {
                    throw new StudyExistsException(s.name());
                }
                throw e;
            }
            return new Study(id, s.name(), s.specJson(), s.objectives(), s.seed(), s.strategy(), s.dataset(),
                    s.provenance(), Instant.ofEpochMilli(now));
        });
    }

    @Override
    public Optional<Study> findStudy(String name) {
        Objects.requireNonNull(name, "name");
        return tx("read study '" + name + "'", c -> queryStudy(c, "name = ?", name));
    }

    @Override
    public Optional<Study> findStudy(long studyId) {
        return tx("read study " + studyId, c -> queryStudy(c, "id = ?", studyId));
    }

    private static Optional<Study> queryStudy(Connection c, String condition, Object arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + STUDY_COLUMNS + " FROM studies WHERE " + condition)) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Study(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Json.readObjectives(rs.getString(4)), rs.getLong(5), rs.getString(6), rs.getString(7),
                        Json.readStrings(rs.getString(8)), Instant.ofEpochMilli(rs.getLong(9))));
            }
        }
    }

    private Study requireStudy(Connection c, long studyId) throws SQLException {
        return queryStudy(c, "id = ?", studyId)
                .orElseThrow(() -> new NotFoundException("no study with id " + studyId + " in " + location()));
    }

    @Override
    public List<StudySummary> listStudies() {
        return tx("list studies", c -> {
            Map<Long, Map<TrialState, Integer>> counts = new HashMap<>();
            Map<Long, double[]> completeRange = new HashMap<>();
            Map<Long, Long> lastTrialUpdate = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT study_id, state, COUNT(*), MIN(objective), "
                    + "MAX(objective), MAX(updated_at) FROM trials GROUP BY study_id, state");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    TrialState state = TrialState.fromWord(rs.getString(2));
                    counts.computeIfAbsent(id, k -> new EnumMap<>(TrialState.class)).put(state, rs.getInt(3));
                    double min = rs.getDouble(4);
                    boolean hasValue = !rs.wasNull();
                    double max = rs.getDouble(5);
                    if (state == TrialState.COMPLETE && hasValue) {
                        completeRange.put(id, new double[] {min, max});
                    }
                    lastTrialUpdate.merge(id, rs.getLong(6), Math::max);
                }
            }
            List<StudySummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, strategy, objectives_json, created_at, "
                    + "updated_at FROM studies ORDER BY name");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Direction direction = Json.readObjectives(rs.getString(4)).get(0).direction();
                    double[] range = completeRange.get(id);
                    OptionalDouble best = range == null ? OptionalDouble.empty()
                            : OptionalDouble.of(direction == Direction.MAXIMIZE ? range[1] : range[0]);
                    long updated = Math.max(rs.getLong(6), lastTrialUpdate.getOrDefault(id, 0L));
                    out.add(new StudySummary(id, rs.getString(2), rs.getString(3),
                            counts.getOrDefault(id, Map.of()), best, Instant.ofEpochMilli(rs.getLong(5)),
                            Instant.ofEpochMilli(updated)));
                }
            }
            return out;
        });
    }

    @Override
    public boolean deleteStudy(String name) {
        Objects.requireNonNull(name, "name");
        return durableTx("delete study '" + name + "'", c -> {
            histories.clear();
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM studies WHERE name = ?")) {
                ps.setString(1, name);
                return ps.executeUpdate() > 0;
            }
        });
    }

    // ------------------------------------------------------------------ trial life

    @Override
    public TrialRecord createTrial(long studyId, NewTrial t) {
        Objects.requireNonNull(t, "trial");
        String candidateJson = t.candidate().canonicalJson();
        String fingerprint = t.fingerprint();
        List<TrialParam> params = TrialParams.of(t.candidate());
        return durableTx("create a trial in study " + studyId, c -> {
            int number = lockStudy(c, studyId);
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE studies SET next_trial_number = ? WHERE id = ?")) {
                ps.setInt(1, number + 1);
                ps.setLong(2, studyId);
                ps.executeUpdate();
            }
            long now = clock.millis();
            boolean infeasible = t.state() == TrialState.INFEASIBLE;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO trials (study_id, number, state, "
                    + "candidate_json, fingerprint, generation, parents_json, operator, values_json, metrics_json, "
                    + "param_count, flops, message, created_at, finished_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', '{}', ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, studyId);
                ps.setInt(2, number);
                ps.setString(3, t.state().name());
                ps.setString(4, candidateJson);
                ps.setString(5, fingerprint);
                ps.setInt(6, t.lineage().generation());
                ps.setString(7, Json.ints(t.lineage().parents()));
                ps.setString(8, t.lineage().operator());
                setCount(ps, 9, t.paramCount());
                setCount(ps, 10, t.flops());
                ps.setString(11, t.message());
                ps.setLong(12, now);
                setTime(ps, 13, infeasible ? now : null);
                ps.setLong(14, now);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO trial_params (study_id, trial_number, name, "
                    + "num_value, text_value) VALUES (?, ?, ?, ?, ?)")) {
                for (TrialParam p : params) {
                    ps.setLong(1, studyId);
                    ps.setInt(2, number);
                    ps.setString(3, p.name());
                    setDouble(ps, 4, p.number());
                    ps.setString(5, p.text());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return new TrialRecord(number, t.state(), t.candidate(), fingerprint, t.lineage(), List.of(), Map.of(),
                    t.paramCount(), t.flops(), t.message(), null, infeasible ? Instant.ofEpochMilli(now) : null);
        });
    }

    @Override
    public Optional<TrialRecord> claimNext(long studyId, String workerId) {
        requireId(workerId, "worker id");
        return durableTx("claim a trial of study " + studyId, c -> {
            lockStudy(c, studyId);
            Integer number = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT number FROM trials WHERE study_id = ? "
                    + "AND state = 'WAITING' ORDER BY number LIMIT 1")) {
                ps.setLong(1, studyId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        number = rs.getInt(1);
                    }
                }
            }
            if (number == null) {
                return Optional.empty();
            }
            long now = clock.millis();
            try (PreparedStatement ps = c.prepareStatement("UPDATE trials SET state = 'RUNNING', worker = ?, "
                    + "attempts = attempts + 1, started_at = ?, heartbeat_at = ?, updated_at = ? "
                    + "WHERE study_id = ? AND number = ? AND state = 'WAITING'")) {
                ps.setString(1, workerId);
                ps.setLong(2, now);
                ps.setLong(3, now);
                ps.setLong(4, now);
                ps.setLong(5, studyId);
                ps.setInt(6, number);
                if (ps.executeUpdate() != 1) {
                    throw new SQLException("trial " + number + " changed while it was claimed", "40001",
                            org.h2.api.ErrorCode.CONCURRENT_UPDATE_1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM trial_epochs WHERE study_id = ? AND trial_number = ?")) {
                ps.setLong(1, studyId);
                ps.setInt(2, number);
                ps.executeUpdate();
            }
            return readTrial(c, studyId, number);
        }, Optional::isPresent);
    }

    @Override
    public void heartbeat(long studyId, int number, String workerId) {
        requireId(workerId, "worker id");
        tx("record a heartbeat of trial " + number, c -> {
            requireOwner(c, studyId, number, workerId, "send a heartbeat for");
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE trials SET heartbeat_at = ? WHERE study_id = ? AND number = ?")) {
                ps.setLong(1, clock.millis());
                ps.setLong(2, studyId);
                ps.setInt(3, number);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void recordEpochs(long studyId, int number, String workerId, List<EpochMetrics> epochs) {
        requireId(workerId, "worker id");
        List<EpochMetrics> all = List.copyOf(Objects.requireNonNull(epochs, "epochs"));
        if (all.isEmpty()) {
            return;
        }
        String what = all.size() == 1 ? "record epoch " + all.get(0).epoch() + " of trial " + number
                : "record epochs " + all.get(0).epoch() + "-" + all.get(all.size() - 1).epoch() + " of trial " + number;
        tx(what, c -> {
            requireOwner(c, studyId, number, workerId, "record an epoch of");
            long now = clock.millis();
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM trial_epochs "
                    + "WHERE study_id = ? AND trial_number = ? AND epoch = ?");
                    PreparedStatement epoch = c.prepareStatement("INSERT INTO trial_epochs (study_id, trial_number, "
                            + "epoch, seconds, recorded_at) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement value = c.prepareStatement("INSERT INTO trial_epoch_values (study_id, "
                            + "trial_number, epoch, metric, metric_value) VALUES (?, ?, ?, ?, ?)")) {
                for (EpochMetrics m : all) {
                    delete.setLong(1, studyId);
                    delete.setInt(2, number);
                    delete.setInt(3, m.epoch());
                    delete.executeUpdate(); // before the inserts: the same epoch may come twice in one call
                    epoch.setLong(1, studyId);
                    epoch.setInt(2, number);
                    epoch.setInt(3, m.epoch());
                    epoch.setDouble(4, Double.isFinite(m.seconds()) ? m.seconds() : 0.0);
                    epoch.setLong(5, now);
                    epoch.executeUpdate();
                    for (Map.Entry<String, Double> e : m.values().entrySet()) {
                        value.setLong(1, studyId);
                        value.setInt(2, number);
                        value.setInt(3, m.epoch());
                        value.setString(4, e.getKey());
                        setDouble(value, 5, e.getValue());
                        value.addBatch();
                    }
                    value.executeBatch();
                }
            }
            touch(c, studyId, number, now, true);
            return null;
        });
    }

    @Override
    public TrialRecord finishTrial(long studyId, int number, String workerId, TrialOutcome outcome) {
        requireId(workerId, "worker id");
        Objects.requireNonNull(outcome, "outcome");
        return durableTx("finish trial " + number, c -> {
            requireOwner(c, studyId, number, workerId, "finish");
            TrialState to = outcome.state();
            if (!TrialState.RUNNING.canMoveTo(to) || !to.isFinished()) {
                throw new IllegalTransitionException(number, TrialState.RUNNING, to);
            }
            int objectives = requireStudy(c, studyId).objectives().size();
            if (outcome.values().size() != objectives) {
                throw new IllegalArgumentException("trial " + number + ": the outcome has " + outcome.values().size()
                        + " objective values, the study has " + objectives + " objectives");
            }
            long now = clock.millis();
            Double primary = outcome.values().isEmpty() ? null : outcome.values().get(0);
            try (PreparedStatement ps = c.prepareStatement("UPDATE trials SET state = ?, objective = ?, "
                    + "values_json = ?, metrics_json = ?, message = ?, finished_at = ?, heartbeat_at = ?, "
                    + "updated_at = ? WHERE study_id = ? AND number = ?")) {
                ps.setString(1, to.name());
                setDouble(ps, 2, primary);
                ps.setString(3, Json.doubles(outcome.values()));
                ps.setString(4, Json.metrics(outcome.metrics()));
                ps.setString(5, outcome.message());
                ps.setLong(6, now);
                ps.setLong(7, now);
                ps.setLong(8, now);
                ps.setLong(9, studyId);
                ps.setInt(10, number);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM trial_metrics WHERE study_id = ? AND trial_number = ?")) {
                ps.setLong(1, studyId);
                ps.setInt(2, number);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO trial_metrics (study_id, trial_number, name, "
                    + "metric_value) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, Double> e : outcome.metrics().entrySet()) {
                    ps.setLong(1, studyId);
                    ps.setInt(2, number);
                    ps.setString(3, e.getKey());
                    setDouble(ps, 4, e.getValue());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return readTrial(c, studyId, number).orElseThrow();
        });
    }

    @Override
    public int requeueStale(long studyId, Duration heartbeatTimeout, int maxAttempts) {
        Objects.requireNonNull(heartbeatTimeout, "heartbeatTimeout");
        if (heartbeatTimeout.isNegative()) {
            throw new IllegalArgumentException("heartbeatTimeout must not be negative");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        return durableTx("requeue stale trials of study " + studyId, c -> {
            lockStudy(c, studyId);
            long now = clock.millis();
            long cutoff = now - heartbeatTimeout.toMillis();
            Map<Integer, Object[]> stale = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT number, attempts, worker FROM trials "
                    + "WHERE study_id = ? AND state = 'RUNNING' AND heartbeat_at < ? ORDER BY number FOR UPDATE")) {
                ps.setLong(1, studyId);
                ps.setLong(2, cutoff);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        stale.put(rs.getInt(1), new Object[] {rs.getInt(2), rs.getString(3)});
                    }
                }
            }
            giveBack(c, studyId, stale, maxAttempts, now);
            return stale.size();
        }, n -> n > 0);
    }

    @Override
    public int releaseWorker(long studyId, String workerId, int maxAttempts) {
        requireId(workerId, "worker id");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
        }
        return durableTx("give back the trials of worker '" + workerId + "'", c -> {
            lockStudy(c, studyId);
            Map<Integer, Object[]> running = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT number, attempts, worker FROM trials "
                    + "WHERE study_id = ? AND state = 'RUNNING' AND worker = ? ORDER BY number FOR UPDATE")) {
                ps.setLong(1, studyId);
                ps.setString(2, workerId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        running.put(rs.getInt(1), new Object[] {rs.getInt(2), rs.getString(3)});
                    }
                }
            }
            giveBack(c, studyId, running, maxAttempts, clock.millis());
            return running.size();
        }, n -> n > 0);
    }

    /**
     * Moves the given RUNNING trials (number to {attempts, worker}) of a lost worker back to
     * WAITING, or to FAILED once they were claimed {@code maxAttempts} times.
     */
    private static void giveBack(Connection c, long studyId, Map<Integer, Object[]> trials, int maxAttempts, long now)
            throws SQLException {
        for (Map.Entry<Integer, Object[]> e : trials.entrySet()) {
            int attempts = (Integer) e.getValue()[0];
            if (attempts >= maxAttempts) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE trials SET state = 'FAILED', message = ?, "
                        + "finished_at = ?, updated_at = ? WHERE study_id = ? AND number = ?")) {
                    ps.setString(1, "worker lost after " + attempts + " attempt" + (attempts == 1 ? "" : "s")
                            + " (last worker " + e.getValue()[1] + ")");
                    ps.setLong(2, now);
                    ps.setLong(3, now);
                    ps.setLong(4, studyId);
                    ps.setInt(5, e.getKey());
                    ps.executeUpdate();
                }
            } else {
                requeue(c, studyId, e.getKey(), now);
            }
        }
    }

    @Override
    public int requeueRunning(long studyId) {
        return durableTx("requeue running trials of study " + studyId, c -> {
            lockStudy(c, studyId);
            try (PreparedStatement ps = c.prepareStatement("UPDATE trials SET state = 'WAITING', heartbeat_at = NULL, "
                    + "updated_at = ? WHERE study_id = ? AND state = 'RUNNING'")) {
                ps.setLong(1, clock.millis());
                ps.setLong(2, studyId);
                return ps.executeUpdate();
            }
        }, n -> n > 0);
    }

    private static void requeue(Connection c, long studyId, int number, long now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE trials SET state = 'WAITING', heartbeat_at = NULL, "
                + "updated_at = ? WHERE study_id = ? AND number = ?")) {
            ps.setLong(1, now);
            ps.setLong(2, studyId);
            ps.setInt(3, number);
            ps.executeUpdate();
        }
    }

    // ------------------------------------------------------------------ run leases

    @Override
    public RunLease acquireRunLease(long studyId, String holder, Duration staleAfter, boolean force) {
        requireId(holder, "run lease holder");
        Objects.requireNonNull(staleAfter, "staleAfter");
        return tx("take the run lease of study " + studyId, c -> {
            lockStudy(c, studyId);
            long now = clock.millis();
            Optional<RunLease> current = readRunLease(c, studyId);
            if (current.isPresent()) {
                RunLease l = current.get();
                boolean mine = l.holder().equals(holder);
                if (!mine && !force && !l.staleAt(Instant.ofEpochMilli(now), staleAfter)) {
                    throw new StudyBusyException("study " + studyId + " is being run by " + l.holder() + " (last seen "
                            + l.silentFor(Instant.ofEpochMilli(now)).toSeconds() + "s ago)", l);
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE run_leases SET holder = ?, acquired_at = ?, "
                        + "renewed_at = ? WHERE study_id = ?")) {
                    ps.setString(1, holder);
                    ps.setLong(2, mine ? l.acquiredAt().toEpochMilli() : now);
                    ps.setLong(3, now);
                    ps.setLong(4, studyId);
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO run_leases (study_id, holder, acquired_at, "
                        + "renewed_at) VALUES (?, ?, ?, ?)")) {
                    ps.setLong(1, studyId);
                    ps.setString(2, holder);
                    ps.setLong(3, now);
                    ps.setLong(4, now);
                    ps.executeUpdate();
                }
            }
            return readRunLease(c, studyId).orElseThrow();
        });
    }

    @Override
    public void renewRunLease(long studyId, String holder) {
        requireId(holder, "run lease holder");
        tx("renew the run lease of study " + studyId, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE run_leases SET renewed_at = ? WHERE study_id = ? AND holder = ?")) {
                ps.setLong(1, clock.millis());
                ps.setLong(2, studyId);
                ps.setString(3, holder);
                if (ps.executeUpdate() == 1) {
                    return null;
                }
            }
            String now = readRunLease(c, studyId).map(l -> "it is now held by " + l.holder()).orElse("nobody holds it");
            throw new LeaseLostException("run " + holder + " lost the run lease of study " + studyId + ": " + now);
        });
    }

    @Override
    public void releaseRunLease(long studyId, String holder) {
        requireId(holder, "run lease holder");
        tx("give up the run lease of study " + studyId, c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM run_leases WHERE study_id = ? AND holder = ?")) {
                ps.setLong(1, studyId);
                ps.setString(2, holder);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<RunLease> runLease(long studyId) {
        return tx("read the run lease of study " + studyId, c -> readRunLease(c, studyId));
    }

    private static Optional<RunLease> readRunLease(Connection c, long studyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT holder, acquired_at, renewed_at FROM run_leases WHERE study_id = ?")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RunLease(studyId, rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                        Instant.ofEpochMilli(rs.getLong(3))));
            }
        }
    }

    // ------------------------------------------------------------------ reads

    @Override
    public List<TrialRecord> trials(long studyId) {
        return tx("read the trials of study " + studyId, c -> readTrials(c, "SELECT " + TRIAL_COLUMNS
                + " FROM trials t WHERE t.study_id = ? ORDER BY t.number", List.of(studyId)));
    }

    @Override
    public List<TrialSummary> trialSummaries(long studyId) {
        return tx("read the trial summaries of study " + studyId, c -> {
            List<TrialSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT number, state, values_json, param_count, flops, "
                    + "generation, parents_json, operator, started_at, finished_at FROM trials WHERE study_id = ? "
                    + "ORDER BY number")) {
                ps.setLong(1, studyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long params = rs.getLong(4);
                        if (rs.wasNull()) {
                            params = -1;
                        }
                        long flops = rs.getLong(5);
                        if (rs.wasNull()) {
                            flops = -1;
                        }
                        out.add(new TrialSummary(rs.getInt(1), TrialState.fromWord(rs.getString(2)),
                                Json.readDoubles(rs.getString(3)), params, flops, rs.getInt(6),
                                Json.readInts(rs.getString(7)), rs.getString(8), getTime(rs, 9), getTime(rs, 10)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<TrialRecord> trial(long studyId, int number) {
        return tx("read trial " + number, c -> readTrial(c, studyId, number));
    }

    /**
     * Reads the history incrementally: a trial in a final state never changes again and trial
     * numbers are handed out under the study's row lock (so they become visible in order), hence
     * only the trials numbered above the last one seen and those that were not final at the last
     * read are fetched; the rest come from {@link #histories}. This keeps a history read, which
     * the runner makes several times per trial, from costing the whole study every time.
     */
    @Override
    public History history(long studyId) {
        return tx("read the history of study " + studyId, c -> {
            Direction direction = requireStudy(c, studyId).direction();
            HistoryCache cache = histories.computeIfAbsent(studyId, k -> new HistoryCache());
            synchronized (cache) {
                String open = cache.openNumbers();
                List<TrialRecord> changed = readTrials(c, "SELECT " + TRIAL_COLUMNS + " FROM trials t WHERE t.study_id = ? "
                        + "AND t.number > ?" + (open.isEmpty() ? "" : " UNION ALL SELECT " + TRIAL_COLUMNS
                        + " FROM trials t WHERE t.study_id = ? AND t.number IN (" + open + ")"),
                        open.isEmpty() ? List.of(studyId, cache.highest) : List.of(studyId, cache.highest, studyId));
                cache.merge(changed);
                return new History(new ArrayList<>(cache.trials.values()), direction);
            }
        });
    }

    /** The trials of one study as last read by {@link #history}; guarded by its own monitor. */
    private static final class HistoryCache {
        private final TreeMap<Integer, TrialRecord> trials = new TreeMap<>();
        private final java.util.TreeSet<Integer> open = new java.util.TreeSet<>();
        private int highest = Integer.MIN_VALUE;

        /** The numbers of the trials that were not final at the last read, comma-separated (integers only). */
        String openNumbers() {
            StringBuilder b = new StringBuilder();
            for (int n : open) {
                b.append(b.length() == 0 ? "" : ",").append(n);
            }
            return b.toString();
        }

        void merge(List<TrialRecord> changed) {
            for (TrialRecord t : changed) {
                trials.put(t.number(), t);
                if (t.state().isFinished()) {
                    open.remove(t.number());
                } else {
                    open.add(t.number());
                }
                highest = Math.max(highest, t.number());
            }
        }
    }

    @Override
    public List<EpochMetrics> epochs(long studyId, int number) {
        return tx("read the epochs of trial " + number, c -> {
            Map<Integer, Double> seconds = new TreeMap<>();
            Map<Integer, Map<String, Double>> values = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.epoch, e.seconds, v.metric, v.metric_value "
                    + "FROM trial_epochs e LEFT JOIN trial_epoch_values v ON v.study_id = e.study_id "
                    + "AND v.trial_number = e.trial_number AND v.epoch = e.epoch "
                    + "WHERE e.study_id = ? AND e.trial_number = ? ORDER BY e.epoch, v.metric")) {
                ps.setLong(1, studyId);
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int epoch = rs.getInt(1);
                        seconds.put(epoch, rs.getDouble(2));
                        Map<String, Double> m = values.computeIfAbsent(epoch, k -> new TreeMap<>());
                        String metric = rs.getString(3);
                        if (metric != null) {
                            m.put(metric, getDouble(rs, 4));
                        }
                    }
                }
            }
            List<EpochMetrics> out = new ArrayList<>();
            seconds.forEach((epoch, s) -> out.add(new EpochMetrics(epoch, values.get(epoch), s)));
            return out;
        });
    }

    @Override
    public List<MetricPoint> metricPoints(long studyId, String metric) {
        Objects.requireNonNull(metric, "metric");
        return tx("read the " + metric + " points of study " + studyId, c -> {
            List<MetricPoint> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT trial_number, epoch, metric_value "
                    + "FROM trial_epoch_values WHERE study_id = ? AND metric = ? ORDER BY trial_number, epoch")) {
                ps.setLong(1, studyId);
                ps.setString(2, metric);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MetricPoint(rs.getInt(1), rs.getInt(2), getDouble(rs, 3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<TrialParam> params(long studyId, int number) {
        return tx("read the parameters of trial " + number, c -> {
            List<TrialParam> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT name, num_value, text_value FROM trial_params "
                    + "WHERE study_id = ? AND trial_number = ? ORDER BY name")) {
                ps.setLong(1, studyId);
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(1);
                        double v = rs.getDouble(2);
                        Double numeric = rs.wasNull() ? null : v;
                        out.add(new TrialParam(name, numeric, rs.getString(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<String> paramNames(long studyId) {
        return tx("read the parameter names of study " + studyId, c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT name FROM trial_params WHERE study_id = ? ORDER BY name")) {
                ps.setLong(1, studyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void setAttribute(long studyId, int number, String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (key.isBlank() || key.length() > 200) {
            throw new IllegalArgumentException("an attribute key has 1 to 200 characters, got '" + key + "'");
        }
        tx("set attribute '" + key + "' of trial " + number, c -> {
            touch(c, studyId, number, clock.millis(), false);
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO trial_attrs (study_id, trial_number, attr_key, "
                    + "attr_value) KEY (study_id, trial_number, attr_key) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, studyId);
                ps.setInt(2, number);
                ps.setString(3, key);
                ps.setString(4, value);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<String, String> attributes(long studyId, int number) {
        return tx("read the attributes of trial " + number, c -> {
            Map<String, String> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT attr_key, attr_value FROM trial_attrs "
                    + "WHERE study_id = ? AND trial_number = ?")) {
                ps.setLong(1, studyId);
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    @Override
    public Optional<TrialLease> lease(long studyId, int number) {
        return tx("read the lease of trial " + number, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT state, worker, attempts, heartbeat_at, updated_at "
                    + "FROM trials WHERE study_id = ? AND number = ?")) {
                ps.setLong(1, studyId);
                ps.setInt(2, number);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new TrialLease(number, TrialState.fromWord(rs.getString(1)), rs.getString(2),
                            rs.getInt(3), getTime(rs, 4), Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
        });
    }

    @Override
    public Map<TrialState, Integer> counts(long studyId) {
        return tx("count the trials of study " + studyId, c -> {
            Map<TrialState, Integer> out = new EnumMap<>(TrialState.class);
            for (TrialState s : TrialState.values()) {
                out.put(s, 0);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT state, COUNT(*) FROM trials WHERE study_id = ? GROUP BY state")) {
                ps.setLong(1, studyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(TrialState.fromWord(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    @Override
    public TrialPage trials(long studyId, TrialQuery query) {
        Objects.requireNonNull(query, "query");
        TrialQuerySql sql = TrialQuerySql.of(studyId, query, "t.number");
        return tx("query the trials of study " + studyId, c -> {
            long total;
            try (PreparedStatement ps = c.prepareStatement(sql.countSql)) {
                bind(ps, sql.countArgs);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            // sort and page the narrow rows first, then read the page's full rows
            List<Integer> numbers = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.pageSql)) {
                bind(ps, sql.pageArgs);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        numbers.add(rs.getInt(1));
                    }
                }
            }
            Map<Integer, TrialRecord> byNumber = new HashMap<>();
            if (!numbers.isEmpty()) {
                String marks = String.join(", ", Collections.nCopies(numbers.size(), "?"));
                List<Object> args = new ArrayList<>();
                args.add(studyId);
                args.addAll(numbers);
                for (TrialRecord t : readTrials(c, "SELECT " + TRIAL_COLUMNS + " FROM trials t WHERE t.study_id = ? "
                        + "AND t.number IN (" + marks + ")", args)) {
                    byNumber.put(t.number(), t);
                }
            }
            List<TrialRecord> page = new ArrayList<>(numbers.size());
            for (int n : numbers) {
                page.add(byNumber.get(n));
            }
            return new TrialPage(page, total, query.offset(), query.limit());
        });
    }

    @Override
    public List<TrialRecord> trialsChangedSince(long studyId, Instant since) {
        Objects.requireNonNull(since, "since");
        return tx("read changed trials of study " + studyId, c -> readTrials(c, "SELECT " + TRIAL_COLUMNS
                + " FROM trials t WHERE t.study_id = ? AND t.updated_at > ? ORDER BY t.number",
                List.of(studyId, since.toEpochMilli())));
    }

    // ------------------------------------------------------------------ helpers

    /** Locks the study row for this transaction and returns its next trial number. */
    private int lockStudy(Connection c, long studyId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT next_trial_number FROM studies WHERE id = ? FOR UPDATE")) {
            ps.setLong(1, studyId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("no study with id " + studyId + " in " + location());
                }
                return rs.getInt(1);
            }
        }
    }

    /** Locks the trial row and checks that {@code workerId} runs it. */
    private void requireOwner(Connection c, long studyId, int number, String workerId, String action)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT state, worker FROM trials WHERE study_id = ? AND number = ? FOR UPDATE")) {
            ps.setLong(1, studyId);
            ps.setInt(2, number);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("study " + studyId + " has no trial " + number);
                }
                TrialState state = TrialState.fromWord(rs.getString(1));
                String owner = rs.getString(2);
                if (state != TrialState.RUNNING) {
                    throw new LeaseLostException("worker '" + workerId + "' cannot " + action + " trial " + number
                            + ": it is " + state + (state == TrialState.WAITING ? " (requeued after its worker went "
                            + "silent)" : "") + ", not RUNNING");
                }
                if (!workerId.equals(owner)) {
                    throw new LeaseLostException("worker '" + workerId + "' cannot " + action + " trial " + number
                            + ": it is now run by worker '" + owner + "'");
                }
            }
        }
    }

    /** Marks a trial changed (and, for a worker's write, alive); fails when it does not exist. */
    private void touch(Connection c, long studyId, int number, long now, boolean heartbeat) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE trials SET updated_at = ?"
                + (heartbeat ? ", heartbeat_at = ?" : "") + " WHERE study_id = ? AND number = ?")) {
            int i = 1;
            ps.setLong(i++, now);
            if (heartbeat) {
                ps.setLong(i++, now);
            }
            ps.setLong(i++, studyId);
            ps.setInt(i, number);
            if (ps.executeUpdate() == 0) {
                throw new NotFoundException("study " + studyId + " has no trial " + number);
            }
        }
    }

    private Optional<TrialRecord> readTrial(Connection c, long studyId, int number) throws SQLException {
        List<TrialRecord> one = readTrials(c, "SELECT " + TRIAL_COLUMNS
                + " FROM trials t WHERE t.study_id = ? AND t.number = ?", List.of(studyId, number));
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    private List<TrialRecord> readTrials(Connection c, String sql, List<Object> args) throws SQLException {
        List<TrialRecord> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(toTrial(rs));
                }
            }
        }
        return out;
    }

    private TrialRecord toTrial(ResultSet rs) throws SQLException {
        int number = rs.getInt(1);
        Lineage lineage = new Lineage(rs.getInt(5), Json.readInts(rs.getString(6)), rs.getString(7));
        long params = rs.getLong(10);
        if (rs.wasNull()) {
            params = -1;
        }
        long flops = rs.getLong(11);
        if (rs.wasNull()) {
            flops = -1;
        }
        String fingerprint = rs.getString(4);
        Candidate candidate = candidates.get(fingerprint);
        if (candidate == null) {
            candidate = Candidate.fromJson(rs.getString(3));
            if (candidates.size() >= MAX_CACHED_CANDIDATES) {
                candidates.clear();
            }
            candidates.put(fingerprint, candidate);
        }
        return new TrialRecord(number, TrialState.fromWord(rs.getString(2)), candidate,
                fingerprint, lineage, Json.readDoubles(rs.getString(8)), Json.readMetrics(rs.getString(9)),
                params, flops, rs.getString(12), getTime(rs, 13), getTime(rs, 14));
    }

    private static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    private static void setCount(PreparedStatement ps, int i, long value) throws SQLException {
        if (value < 0) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, value);
        }
    }

    private static void setTime(PreparedStatement ps, int i, Long millis) throws SQLException {
        if (millis == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, millis);
        }
    }

    private static void setDouble(PreparedStatement ps, int i, Double value) throws SQLException {
        if (value == null || !Double.isFinite(value)) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, value);
        }
    }

    private static double getDouble(ResultSet rs, int i) throws SQLException {
        double v = rs.getDouble(i);
        return rs.wasNull() ? Double.NaN : v;
    }

    private static Instant getTime(ResultSet rs, int i) throws SQLException {
        long v = rs.getLong(i);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    /** Checks a worker id or lease holder against its VARCHAR(200) column. */
    private static void requireId(String id, String kind) {
        Objects.requireNonNull(id, kind);
        if (id.isBlank() || id.length() > 200) {
            throw new IllegalArgumentException("a " + kind + " has 1 to 200 characters, got '" + id + "'");
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    /** Work inside one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} like {@link #tx} and then writes every committed change to the file
     * ({@code CHECKPOINT}) before returning, so that the change survives a crash of this process.
     */
    private <T> T durableTx(String what, Work<T> work) {
        return durableTx(what, work, result -> true);
    }

    /**
     * Runs {@code work} like {@link #tx}; writes the change to the file like {@link #durableTx(String,
     * Work)} only when {@code changed} says the result is a change (a claim that found no trial, or
     * a requeue that found none, wrote nothing, and pollers call them often).
     */
    private <T> T durableTx(String what, Work<T> work, java.util.function.Predicate<T> changed) {
        T result = tx(what, work);
        if (!changed.test(result)) {
            return result;
        }
        tx("write " + what + " to disk", c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CHECKPOINT");
            }
            return null;
        });
        return result;
    }

    /** Runs {@code work} in a transaction, retrying lock conflicts; commits, or rolls back on any failure. */
    private <T> T tx(String what, Work<T> work) {
        for (int attempt = 1; ; attempt++) {
            Connection c;
            try {
                c = pool.borrow();
            } catch (SQLException e) {
                throw errors.during(what, e);
            }
            boolean committed = false;
            boolean usable = true;
            try {
                T result = work.run(c);
                c.commit();
                committed = true;
                return result;
            } catch (SQLException e) {
                if (!SqlErrors.isTransient(e) || attempt >= MAX_TRIES) {
                    throw errors.during(what, e);
                }
            } finally {
                if (!committed) {
                    usable = rollback(c);
                }
                if (usable) {
                    pool.release(c);
                } else {
                    closeQuietly(c);
                }
            }
            try {
                Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L << Math.min(attempt, 6)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StorageException("interrupted while retrying to " + what + " in " + location());
            }
        }
    }

    private static boolean rollback(Connection c) {
        try {
            c.rollback();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // a broken connection: nothing left to release
        }
    }
}
