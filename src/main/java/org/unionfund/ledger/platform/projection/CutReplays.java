package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import com.mongodb.client.MongoDatabase;

/**
 * Replay to a cut: the log from its start up to a global sequence, applied by the projections' own code to shadow
 * collections under a prefix. The one mechanism behind as-of answers (audit), as-of reports (reporting) and
 * rebuild-and-compare ({@link ProjectionRebuilds}); the callers choose the projections, the prefix, the cut and what
 * they keep, this service builds the shadows, replays, opens the shadow database and drops it.
 */
@Service
public class CutReplays {

    private static final Logger log = LoggerFactory.getLogger(CutReplays.class);

    /** Shadow instances of some projections under one prefix, and every collection they may write. */
    public record Shadows(String prefix, List<String> projections, List<ShadowTarget> targets,
            Set<String> collections) {

        /** The collections of the {@code i}-th projection (its live ones and those its shadow asked for). */
        public Set<String> collectionsOf(ProjectionRegistry.Entry entry, int i) {
            Set<String> all = new LinkedHashSet<>(entry.collections());
            all.addAll(targets.get(i).collections());
            return all;
        }
    }

    /** Progress of a replay: events read so far and the global sequence of the last one read. */
    public interface Progress {
        void at(long eventsRead, long position);
    }

    private final EventStore events;
    private final ProjectionRegistry registry;
    private final MongoDatabase database;
    private final long checkpointEvery;
    private final CutCheckpoints checkpoints;

    /**
     * @param checkpointEvery seal a projection snapshot every this many global sequence numbers (at the end of the
     *                        commit at or before each multiple) while replaying to a cut without a date filter; 0:
     *                        never, every replay starts from the first event
     */
    public CutReplays(@Lazy EventStore events, @Lazy ProjectionRegistry registry, MongoDatabase database,
            @Value("${ledger.projections.checkpoint-every:100000}") long checkpointEvery) {
        this.events = events;
        this.registry = registry;
        this.database = database;
        this.checkpointEvery = checkpointEvery;
        this.checkpoints = new CutCheckpoints(database);
    }

    /** The names of every projection that can be replayed into shadows. */
    public List<String> rebuildable() {
        return registry.all().stream().filter(ProjectionRegistry.Entry::rebuildable)
                .map(ProjectionRegistry.Entry::name).toList();
    }

    /** Shadow instances of the named projections, writing to {@code prefix}-ed collections. */
    public Shadows shadows(List<String> projections, String prefix) {
        List<ShadowTarget> targets = new ArrayList<>();
        Set<String> collections = new LinkedHashSet<>();
        for (String name : projections) {
            ShadowTarget target = registry.shadow(name, prefix);
            targets.add(target);
            collections.addAll(target.collections());
            registry.find(name).ifPresent(entry -> collections.addAll(entry.collections()));
        }
        return new Shadows(prefix, List.copyOf(projections), List.copyOf(targets), collections);
    }

    /** A replay into the shadows, to run to one cut or in phases (rebuild-and-compare); the caller closes it. */
    public ShadowReplay open(Shadows shadows, int batchSize) {
        return new ShadowReplay(events, shadows.targets(), batchSize);
    }

    /**
     * Replays every event up to and including global sequence {@code cut} (none when the cut is 0 or before) into
     * the shadows, each to a target only if {@code deliver} says so; the number of events read.
     */
    public long replay(Shadows shadows, long cut, int batchSize,
            BiPredicate<ShadowTarget, TrackedEventMessage<?>> deliver, Progress progress) throws Exception {
        if (cut <= 0) {
            return 0;
        }
        try (ShadowReplay replay = open(shadows, batchSize)) {
            return replay.run(cut, deliver, read -> progress.at(read, replay.lastIndex()));
        }
    }

    /**
     * Replays every event up to and including global sequence {@code cut} into the shadows, starting from the
     * nearest sealed snapshot of the same projections at or before the cut that still matches the chain, and
     * sealing a snapshot at each checkpoint it passes that has none yet; the number of events read (those after the
     * snapshot). With checkpoints off, the same as {@link #replay} delivering everything.
     */
    public long replayFromCheckpoints(Shadows shadows, long cut, int batchSize, Progress progress) throws Exception {
        if (cut <= 0) {
            return 0;
        }
        if (checkpointEvery <= 0) {
            return replay(shadows, cut, batchSize, (target, message) -> true, progress);
        }
        String set = CutCheckpoints.setKey(shadows.projections());
        long from = 0;
        var snapshot = checkpoints.nearest(set, cut);
        if (snapshot.isPresent() && checkpoints.restore(snapshot.get(), shadows)) {
            from = snapshot.get().sequence();
            // new instances that know their collections are not empty
            List<ShadowTarget> targets = new ArrayList<>();
            for (String name : shadows.projections()) {
                targets.add(registry.shadow(name, shadows.prefix(), false));
            }
            shadows = new Shadows(shadows.prefix(), shadows.projections(), targets, shadows.collections());
        }
        Set<Long> sealed = new HashSet<>(checkpoints.sealed(set));
        var start = from == 0 ? null : GapAwareTrackingToken.newInstance(from, Set.of());
        long read = 0;
        try (ShadowReplay replay = new ShadowReplay(events, shadows.targets(), batchSize, start)) {
            for (long next = (from / checkpointEvery + 1) * checkpointEvery; next <= cut; next += checkpointEvery) {
                long boundary = checkpoints.boundaryAtOrBefore(next);
                if (boundary <= from || sealed.contains(boundary)) {
                    continue;
                }
                read += replay.run(boundary, (target, message) -> true, n -> progress.at(n, replay.lastIndex()));
                if (replay.lastIndex() == boundary && !replay.lastReadHadGaps()) {
                    checkpoints.seal(set, shadows, boundary);
                    sealed.add(boundary);
                }
                from = boundary;
            }
            read += replay.run(cut, (target, message) -> true, n -> progress.at(n, replay.lastIndex()));
        }
        return read;
    }

    /**
     * Seals the snapshots of a set of projections up to the last checkpoint the log has passed (what the background
     * sealer does each round): a replay from the newest snapshot of the set into shadows of its own, sealing every
     * checkpoint on its way, dropped afterwards; the number of events read (0 when there was nothing to seal).
     */
    public long sealToLastCheckpoint(List<String> projections, int batchSize) throws Exception {
        if (checkpointEvery <= 0) {
            return 0;
        }
        String set = CutCheckpoints.setKey(projections);
        long multiple = checkpoints.head() / checkpointEvery * checkpointEvery;
        long last = multiple <= 0 ? 0 : checkpoints.boundaryAtOrBefore(multiple);
        // to the end of the commit holding the multiple, so that the replay passes it and seals the checkpoint
        long through = checkpoints.commitEndAtOrAfter(multiple);
        if (last <= 0 || through <= 0 || checkpoints.sealed(set).contains(last)) {
            return 0;
        }
        Shadows shadows = shadows(projections, "cutseal_" + set + "_");
        drop(shadows); // what a round cut short (a stop, a crash) left behind
        try {
            return replayFromCheckpoints(shadows, through, batchSize, (n, position) -> { });
        } finally {
            drop(shadows);
        }
    }

    /** The shadows as a database the live queries can read. */
    public MongoDatabase view(Shadows shadows) {
        return PrefixedDatabase.of(database, shadows.prefix(), new HashSet<>());
    }

    /** Drops every shadow collection (those of a failed or evicted replay too). */
    public void drop(Shadows shadows) {
        for (String collection : shadows.collections()) {
            try {
                MongoCollections.drop(database, shadows.prefix() + collection);
            } catch (RuntimeException e) {
                log.debug("could not drop {}{}", shadows.prefix(), collection, e);
            }
        }
    }
}
