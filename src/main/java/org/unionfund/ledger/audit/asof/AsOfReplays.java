package org.unionfund.ledger.audit.asof;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.unionfund.ledger.audit.settings.AuditProperties;
import org.unionfund.ledger.platform.eventstore.ChainHash;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.CommitRecord;
import org.unionfund.ledger.platform.projection.CutReplays;
import org.unionfund.ledger.platform.projection.SnapshotSet;
import org.unionfund.ledger.kernel.RuleViolation;
import org.unionfund.ledger.statistics.funds.FundNamesProjection;

import com.mongodb.client.MongoDatabase;

/**
 * Answers as the ledger stood at a cut by replaying the log up to the cut into shadow collections with the very
 * same projection code (every rebuildable projection, through {@link CutReplays}),
 * then running the live query against them. Shadows are kept per cut (an LRU of {@code ledger.audit.as-of-cache-size}
 * cuts, prefixed {@code asof_<n>_}); an evicted cut's collections are dropped.
 */
@Service
public class AsOfReplays implements DisposableBean, SnapshotSet {

    private static final Logger log = LoggerFactory.getLogger(AsOfReplays.class);
    /** "What did we know on 2025-04-10": dates mean the end of that day in China Standard Time. */
    static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int BATCH = 500;

    private final CommitLog log_;
    private final CutReplays replays;
    private final int capacity;
    private final AtomicLong counter = new AtomicLong();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();
    private final LinkedHashMap<String, Shadow> shadows = new LinkedHashMap<>(16, 0.75f, true);

    /** One replayed cut: its shadow collections and the events read. */
    record Shadow(CutReplays.Shadows shadows, long replayed) {
    }

    public AsOfReplays(CommitLog log, CutReplays replays, AuditProperties properties) {
        this.log_ = log;
        this.replays = replays;
        this.capacity = Math.max(1, properties.asOfCacheSize());
    }

    /**
     * Resolves what the caller asked for: a global sequence number ({@code 1234}), an instant
     * ({@code 2025-04-10T08:00:00Z}: everything recorded at or before it) or a date ({@code 2025-04-10}: the end of
     * that day, Asia/Shanghai). A cut inside a commit is moved to the commit's end (a commit is all or nothing).
     */
    public AsOfCut cut(String asOf, LocalDate effectiveFrom, LocalDate effectiveTo) {
        if (asOf == null || asOf.isBlank()) {
            throw new RuleViolation("invalid-value", "asOf", "asOf is a global sequence number, an instant or a date");
        }
        long head = log_.head();
        long sequence;
        String text = asOf.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            sequence = Math.min(Long.parseLong(text), head);
        } else {
            Instant known;
            try {
                known = text.contains("T") ? Instant.parse(text)
                        : LocalDate.parse(text).plusDays(1).atStartOfDay(LEDGER_ZONE).toInstant().minusMillis(1);
            } catch (DateTimeParseException e) {
                throw new RuleViolation("invalid-value", "asOf", "asOf is a global sequence number, an ISO instant "
                        + "(2025-04-10T08:00:00Z) or a date (2025-04-10)");
            }
            sequence = log_.positionBefore(known.plusMillis(1));
        }
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new RuleViolation("invalid-value", "effectiveTo", "effectiveTo is before effectiveFrom");
        }
        String recordedAt = null;
        if (sequence > 0) {
            CommitRecord commit = log_.commitContaining(sequence);
            if (commit != null) {
                sequence = commit.lastOrFirst();
                recordedAt = commit.recordedAt() == null ? null : ChainHash.recordedAt(commit.recordedAt());
            }
        }
        return new AsOfCut(text, Math.max(0, sequence), recordedAt, effectiveFrom, effectiveTo);
    }

    /** The shadow database of the cut (replayed now, or reused) and whether it was reused. */
    public AsOfAnswer<MongoDatabase> view(AsOfCut cut) {
        String key = cut.key();
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            Shadow shadow;
            synchronized (shadows) {
                shadow = shadows.get(key);
            }
            boolean cached = shadow != null;
            if (shadow == null) {
                shadow = replay(cut);
                List<Shadow> evicted = new ArrayList<>();
                synchronized (shadows) {
                    shadows.put(key, shadow);
                    while (shadows.size() > capacity) {
                        String eldest = shadows.keySet().iterator().next();
                        evicted.add(shadows.remove(eldest));
                    }
                }
                evicted.forEach(this::drop);
            }
            return new AsOfAnswer<>(cut, shadow.replayed(), cached, replays.view(shadow.shadows()));
        }
    }

    private Shadow replay(AsOfCut cut) {
        String prefix = "asof_" + counter.incrementAndGet() + "_" + Long.toHexString(System.nanoTime() & 0xffffff)
                + "_";
        CutReplays.Shadows shadows = replays.shadows(replays.rebuildable(), prefix);
        long started = System.currentTimeMillis();
        EffectiveDates dates = new EffectiveDates();
        try {
            long read = !cut.filtersEffectiveDates()
                    ? replays.replayFromCheckpoints(shadows, cut.sequence(), BATCH, (n, position) -> { })
                    : replays.replay(shadows, cut.sequence(), BATCH, (target, message) ->
                            // names are as known at the cut, whatever the business dates asked about
                            FundNamesProjection.NAME.equals(target.name()) || cut.about(dates.of(message.getPayload())),
                            (n, position) -> { });
            log.info("As-of {}: replayed {} events into {}* in {} ms", cut.key(), read, prefix,
                    System.currentTimeMillis() - started);
            return new Shadow(shadows, read);
        } catch (Exception e) {
            replays.drop(shadows);
            throw new IllegalStateException("as-of replay to " + cut.sequence() + " failed: " + e.getMessage(), e);
        }
    }

    private void drop(Shadow shadow) {
        replays.drop(shadow.shadows());
    }

    /** The background sealer keeps snapshots of this set up with the head. */
    @Override
    public List<String> snapshotProjections() {
        return replays.rebuildable();
    }

    @Override
    public void destroy() {
        synchronized (shadows) {
            shadows.values().forEach(shadow -> {
                try {
                    drop(shadow);
                } catch (RuntimeException e) {
                    log.debug("could not drop as-of collections {}*", shadow.shadows().prefix(), e);
                }
            });
            shadows.clear();
        }
    }
}
