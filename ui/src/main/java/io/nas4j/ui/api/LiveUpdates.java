package io.nas4j.ui.api;

import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.nas4j.searchspace.trial.TrialRecord;
import io.nas4j.store.StudyStorage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live study views over Server-Sent Events ({@code GET /api/studies/{id}/events?since=MILLIS}).
 * One thread polls the store for each open view with
 * {@link StudyStorage#trialsChangedSince} and sends only the trials whose state or values changed
 * since that view last heard of them, as an event {@code trials}:
 * {@code {"trials":[row...], "counts":{...}, "serverTime":MILLIS}}.
 */
public final class LiveUpdates implements AutoCloseable {
    /** How far back each poll looks, to cover writers whose clocks run a little behind. */
    static final long SLACK_MILLIS = 1500;
    private static final Logger LOG = LoggerFactory.getLogger(LiveUpdates.class);

    private final StudyStorage storage;
    private final Duration interval;
    private final List<View> views = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "nas4j-ui-live");
        t.setDaemon(true);
        return t;
    });

    /** Live updates from {@code storage}, polled every {@code interval}. */
    public LiveUpdates(StudyStorage storage, Duration interval) {
        this.storage = storage;
        this.interval = interval;
    }

    /** Starts polling. */
    public void start() {
        poller.scheduleWithFixedDelay(this::pollAll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Refuses an event stream for a study that does not exist (before the stream opens). */
    public void checkStudy(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            if (storage.findStudy(Long.parseLong(id)).isEmpty()) {
                throw ApiException.notFound("no study with id " + id);
            }
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no study with id '" + id + "'");
        }
        String since = ctx.queryParam("since");
        if (since != null) {
            try {
                Long.parseLong(since);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("since must be epoch milliseconds, got '" + since + "'");
            }
        }
    }

    /** Opens the stream of one view. */
    public void connect(SseClient client) {
        long studyId = Long.parseLong(client.ctx().pathParam("id"));
        String since = client.ctx().queryParam("since");
        View view = new View(client, studyId, since == null ? System.currentTimeMillis() : Long.parseLong(since));
        client.keepAlive();
        client.onClose(() -> views.remove(view));
        views.add(view);
        client.sendEvent("hello", JsonBody.write(Map.of("serverTime", System.currentTimeMillis())));
    }

    /** How many views are open (for tests). */
    public int openViews() {
        return views.size();
    }

    private void pollAll() {
        for (View v : views) {
            try {
                v.poll();
            } catch (RuntimeException e) {
                LOG.debug("live view of study {} failed; closing it", v.studyId, e);
                views.remove(v);
                try {
                    v.client.close();
                } catch (RuntimeException ignored) {
                    // already gone
                }
            }
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        for (View v : views) {
            try {
                v.client.close();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
        views.clear();
    }

    private final class View {
        final SseClient client;
        final long studyId;
        long cursor;
        final Map<Integer, String> sent = new HashMap<>();
        long lastBeat = System.currentTimeMillis();

        View(SseClient client, long studyId, long cursor) {
            this.client = client;
            this.studyId = studyId;
            this.cursor = cursor;
        }

        void poll() {
            if (client.terminated()) {
                views.remove(this);
                return;
            }
            long now = System.currentTimeMillis();
            List<TrialRecord> changed = storage.trialsChangedSince(studyId, Instant.ofEpochMilli(cursor - SLACK_MILLIS));
            cursor = now;
            List<Map<String, Object>> rows = new ArrayList<>();
            for (TrialRecord t : changed) {
                String signature = t.state() + " " + t.values();
                if (signature.equals(sent.put(t.number(), signature))) {
                    continue;
                }
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("number", t.number());
                r.put("state", t.state().name());
                r.put("objective", t.objective().isPresent() ? t.objective().getAsDouble() : null);
                r.put("values", t.values());
                r.put("param_count", t.paramCount() < 0 ? null : t.paramCount());
                r.put("flops", t.flops() < 0 ? null : t.flops());
                r.put("generation", t.lineage().generation());
                rows.add(r);
            }
            if (!rows.isEmpty()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("trials", rows);
                m.put("counts", storage.counts(studyId));
                m.put("serverTime", now);
                client.sendEvent("trials", JsonBody.write(m));
                lastBeat = now;
            } else if (now - lastBeat > 15_000) {
                client.sendComment("keep-alive");
                lastBeat = now;
            }
        }
    }
}
