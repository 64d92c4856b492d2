package org.unionfund.ledger.platform.projection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.platform.concurrent.DaemonThreads;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;

/**
 * Rebuild-and-compare: replays the event log from its start into SHADOW collections ({@code shadow_<name>}) with the
 * very same projection code ({@link CutReplays}), without touching the live collections, then compares each live
 * collection with its shadow by digest and names every difference (collection, {@code _id}, field).
 * <ol>
 * <li>The shadow collections are emptied and the log is replayed into them up to where the live processor stands
 * (the live processors keep running).</li>
 * <li>The live processors of the projections are paused on this instance; their tokens say exactly which events the
 * live collections contain, and the shadow replay continues up to those tokens (only events a token covers).</li>
 * <li>Live and shadow collections are compared while the processors are paused; then the processors are restarted
 * and the shadow collections dropped (unless asked to keep them).</li>
 * </ol>
 * One job at a time; jobs run in the background and are polled; the last {@value #MAX_JOBS} are kept (finished ones
 * are forgotten oldest first).
 */
@Service
public class ProjectionRebuilds implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    static final int MAX_DIFFERENCES = 100;
    static final int MAX_JOBS = 20;

    public enum State { RUNNING, EQUAL, DIFFERENT, FAILED }

    public record ProjectionResult(String projection, boolean equal, List<CollectionDigest.Comparison> collections) {
    }

    /** A rebuild-and-compare job as the API shows it. */
    public record Job(String id, List<String> projections, State state, String phase, long eventsRead,
            long position, Instant startedAt, Instant finishedAt, List<ProjectionResult> results, String error) {
    }

    private final ProjectionRegistry registry;
    private final CutReplays replays;
    private final EventProcessingConfiguration processing;
    private final TokenStore tokenStore;
    private final MongoDatabase database;
    private final ProjectionProperties properties;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(DaemonThreads.named("projection-rebuild"));
    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    public ProjectionRebuilds(ProjectionRegistry registry, CutReplays replays,
            EventProcessingConfiguration processing, TokenStore tokenStore, MongoDatabase database,
            ProjectionProperties properties) {
        this.registry = registry;
        this.replays = replays;
        this.processing = processing;
        this.tokenStore = tokenStore;
        this.database = database;
        this.properties = properties;
    }

    /** Starts a job for one projection, or for all ({@code name = "all"}). */
    public Job start(String name, boolean keepShadow) {
        List<ProjectionRegistry.Entry> entries = new ArrayList<>();
        if (name.equals("all")) {
            registry.all().stream().filter(ProjectionRegistry.Entry::rebuildable).forEach(entries::add);
        } else {
            ProjectionRegistry.Entry entry = registry.find(name).orElseThrow(() -> new RuleViolation("not-found",
                    "name", "no projection named '" + name + "'"));
            if (!entry.rebuildable()) {
                throw new RuleViolation("rebuild-not-supported", "name", entry.problem());
            }
            entries.add(entry);
        }
        if (!busy.compareAndSet(false, true)) {
            throw new RuleViolation("rebuild-in-progress", "name", "a rebuild-and-compare job is running already");
        }
        String id = UUID.randomUUID().toString();
        List<String> names = entries.stream().map(ProjectionRegistry.Entry::name).toList();
        Job job = new Job(id, names, State.RUNNING, "starting", 0, -1, Instant.now(), null, List.of(), null);
        jobs.put(id, job);
        if (jobs.size() > MAX_JOBS) {
            jobs.values().stream().filter(j -> j.finishedAt() != null).min(Comparator.comparing(Job::startedAt))
                    .ifPresent(oldest -> jobs.remove(oldest.id()));
        }
        executor.submit(() -> {
            try {
                List<ProjectionResult> results = run(entries, keepShadow, id);
                boolean equal = results.stream().allMatch(ProjectionResult::equal);
                update(id, j -> new Job(j.id(), j.projections(), equal ? State.EQUAL : State.DIFFERENT, "done",
                        j.eventsRead(), j.position(), j.startedAt(), Instant.now(), results, null));
            } catch (Throwable e) {
                log.error("Rebuild-and-compare {} failed", id, e);
                update(id, j -> new Job(j.id(), j.projections(), State.FAILED, j.phase(), j.eventsRead(),
                        j.position(), j.startedAt(), Instant.now(), List.of(), String.valueOf(e)));
            } finally {
                busy.set(false);
            }
        });
        return job;
    }

    /** Whether a job is running. */
    public boolean busy() {
        return busy.get();
    }

    public Optional<Job> job(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The digests of a projection's live collections. */
    public List<CollectionDigest.Digest> digests(String name) {
        ProjectionRegistry.Entry entry = registry.find(name).orElseThrow(() -> new RuleViolation("not-found", "name",
                "no projection named '" + name + "'"));
        List<CollectionDigest.Digest> digests = new ArrayList<>();
        for (String collection : entry.collections()) {
            digests.add(CollectionDigest.digest(database.getCollection(collection)));
        }
        return digests;
    }

    private List<ProjectionResult> run(List<ProjectionRegistry.Entry> entries, boolean keepShadow, String jobId)
            throws Exception {
        String prefix = properties.shadowPrefix();
        CutReplays.Shadows shadows = replays.shadows(entries.stream().map(ProjectionRegistry.Entry::name).toList(),
                prefix);
        List<ShadowTarget> targets = shadows.targets();
        Map<ShadowTarget, String> groups = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            groups.put(targets.get(i), entries.get(i).processingGroup());
        }
        replays.drop(shadows);
        Set<String> processors = new LinkedHashSet<>(groups.values());
        phase(jobId, "replaying into shadow collections");
        try (ShadowReplay replay = replays.open(shadows, properties.batchSize())) {
            long livePosition = Long.MAX_VALUE;
            for (String group : processors) {
                livePosition = Math.min(livePosition, livePosition(group));
            }
            log.info("Rebuild-and-compare {}: replaying into shadow collections up to {} while the live processors run",
                    jobId, livePosition);
            replay.run(livePosition, (t, m) -> true, n -> progress(jobId, n, replay.lastIndex()));

            phase(jobId, "pausing live processors and catching up to their tokens");
            Map<String, StreamingEventProcessor> paused = new LinkedHashMap<>();
            try {
                Map<String, GapAwareTrackingToken> tokens = new LinkedHashMap<>();
                long max = -1;
                for (String group : processors) {
                    StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                            .orElse(null);
                    if (processor != null) {
                        processor.shutDown();
                        paused.put(group, processor);
                    }
                    GapAwareTrackingToken token = liveToken(group);
                    tokens.put(group, token);
                    max = Math.max(max, token == null ? -1 : token.getIndex());
                }
                replay.run(max, (target, message) -> {
                    GapAwareTrackingToken token = tokens.get(groups.get(target));
                    return token != null && token.covers(WrappedToken.unwrapLowerBound(message.trackingToken()));
                }, n -> progress(jobId, n, replay.lastIndex()));

                phase(jobId, "comparing live and shadow collections");
                List<ProjectionResult> results = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    ProjectionRegistry.Entry entry = entries.get(i);
                    List<CollectionDigest.Comparison> comparisons = new ArrayList<>();
                    for (String collection : shadows.collectionsOf(entry, i)) {
                        MongoCollection<Document> live = database.getCollection(collection);
                        MongoCollection<Document> shadow = database.getCollection(prefix + collection);
                        comparisons.add(CollectionDigest.compare(collection, live, shadow, MAX_DIFFERENCES));
                    }
                    results.add(new ProjectionResult(entry.name(),
                            comparisons.stream().allMatch(CollectionDigest.Comparison::equal), comparisons));
                }
                return results;
            } finally {
                paused.values().forEach(StreamingEventProcessor::start);
                if (!keepShadow) {
                    replays.drop(shadows);
                }
            }
        }
    }

    /** Where the live processor stands now (the lowest segment position; -1 before its first event). */
    private long livePosition(String group) {
        StreamingEventProcessor processor = processing.eventProcessor(group, StreamingEventProcessor.class)
                .orElse(null);
        if (processor == null) {
            return Long.MAX_VALUE;
        }
        long position = Long.MAX_VALUE;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            TrackingToken token = status.getTrackingToken();
            GapAwareTrackingToken current = token == null ? null
                    : WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
            position = Math.min(position, current == null ? -1 : current.getIndex());
            log.debug("live processor {} segment {} at {}", group, status.getSegment().getSegmentId(), token);
        }
        // no status (not running on this instance): its events are all replayed after the pause
        return position == Long.MAX_VALUE ? -1 : position;
    }

    /** The stored token of the group's (single) segment, read while its processor is paused. */
    private GapAwareTrackingToken liveToken(String group) {
        int[] segments = tokenStore.fetchSegments(group);
        if (segments.length == 0) {
            return null;
        }
        TrackingToken token = tokenStore.fetchToken(group, segments[0]);
        tokenStore.releaseClaim(group, segments[0]);
        return token == null ? null : WrappedToken.unwrap(token, GapAwareTrackingToken.class).orElse(null);
    }

    private void phase(String id, String phase) {
        update(id, j -> new Job(j.id(), j.projections(), j.state(), phase, j.eventsRead(), j.position(),
                j.startedAt(), j.finishedAt(), j.results(), j.error()));
    }

    private void progress(String id, long read, long position) {
        update(id, j -> new Job(j.id(), j.projections(), j.state(), j.phase(), read, position, j.startedAt(),
                j.finishedAt(), j.results(), j.error()));
    }

    private void update(String id, java.util.function.UnaryOperator<Job> change) {
        jobs.computeIfPresent(id, (k, j) -> change.apply(j));
    }

    @Override
    public void destroy() {
        executor.shutdownNow();
    }
}
