package org.unionfund.ledger.platform.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.axonframework.common.AxonConfigurationException;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.unionfund.ledger.platform.store.Durability;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * Axon event storage on MongoDB with one document per commit (see docs/architecture.md). A commit is stored with a
 * single insert, so it is all-or-nothing on any MongoDB; the unique {@code aggKeys} index refuses a second history.
 * All reads are key look-ups, which the embedded server answers from its unique indexes.
 */
public class LedgerEventStorageEngine extends BatchingEventStorageEngine {

    /**
     * Also the number of global sequence numbers looked up per fetch. The embedded server checks every returned
     * document against the whole {@code $in} list, so much larger windows cost more than the round trips they save.
     */
    static final int DEFAULT_BATCH_SIZE = 256;
    private static final String EVENT_IDS = CommitCodec.EVENTS + "." + CommitCodec.EVENT_ID;

    private final MongoCollection<Document> events;
    private final Durability durability;
    private final Clock clock;
    private final TrackedEventReader trackedEvents;
    private final AggregateStreamReader aggregateStreams;
    private final CommitAppender appender;
    private final SnapshotStore snapshots;
    private final TokenLocator tokens;
    private final StreamPrefetch prefetch;

    protected LedgerEventStorageEngine(Builder builder) {
        super(builder);
        MongoDatabase database = builder.database;
        this.events = database.getCollection("events");
        this.durability = builder.durability;
        this.clock = builder.clock;
        GlobalSequence sequence = new GlobalSequence(database);
        CommitEnds ends = new CommitEnds();
        ChainHeads chainHeads = new ChainHeads();
        this.trackedEvents = new TrackedEventReader(events, sequence, ends, builder.maxGapOffset,
                                                    builder.gapTimeout, clock);
        this.aggregateStreams = new AggregateStreamReader(events, chainHeads);
        this.appender = new CommitAppender(events, sequence, ends, chainHeads, aggregateStreams, clock);
        this.snapshots = new SnapshotStore(database.getCollection("snapshots"));
        this.tokens = new TokenLocator(events, sequence, batchSize());
        this.prefetch = new StreamPrefetch(aggregateStreams, snapshots);
        durability.durably(() -> events.createIndex(
                Indexes.ascending(CommitCodec.AGG_KEYS),
                new IndexOptions().name("aggKeys_1").unique(true).sparse(true)));
        // Event identifiers are unique across the store; within one commit AppendCheck sees to it. Partial rather
        // than sparse: voided commits (no events) stay out of it on MongoDB, and the embedded server enforces it.
        durability.durably(() -> events.createIndex(
                Indexes.ascending(EVENT_IDS),
                new IndexOptions().name(CommitAppender.EVENT_IDS_INDEX).unique(true)
                                  .partialFilterExpression(Filters.exists(EVENT_IDS))));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Batched reads of many aggregates' streams for the current thread (see {@link StreamPrefetch}). */
    public StreamPrefetch prefetch() {
        return prefetch;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> messages, Serializer serializer) {
        if (messages.isEmpty()) {
            return;
        }
        try {
            AppendCheck.refuseRepeatsAndJumps(messages);
        } catch (AppendCheck.DuplicateInCommit e) {
            handlePersistenceException(e, e.event());
            return;
        }
        PendingCommit commit = CommitWriter.prepare(messages, serializer);
        MongoWriteException refused;
        try {
            Map<String, String> previous = appender.predecessorHashes(commit);
            AppendCheck.refuseHoles(commit.predecessors(), previous, events);
            refused = durability.durably(() -> appender.write(commit, previous));
        } catch (EventStoreException e) {
            throw e;
        } catch (RuntimeException e) {
            handlePersistenceException(e, commit.representative);
            return;
        }
        if (refused != null) {
            handlePersistenceException(refused, commit.representative);
        }
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = CommitCodec.snapshot(snapshot, serializer, Date.from(clock.instant()));
        try {
            durability.durably(() -> {
                snapshots.store(document);
                return null;
            });
        } catch (RuntimeException e) {
            handlePersistenceException(e, snapshot);
        }
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Expected a GapAwareTrackingToken but got " + lastToken);
        }
        return trackedEvents.fetch((GapAwareTrackingToken) lastToken, batchSize);
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                   long firstSequenceNumber, int batchSize) {
        List<StoredEvent> prefetched = prefetch.take(aggregateIdentifier, firstSequenceNumber);
        return prefetched != null ? prefetched : aggregateStreams.read(aggregateIdentifier, firstSequenceNumber,
                                                                       batchSize);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return prefetch.knowsNoSnapshot(aggregateIdentifier) ? Stream.empty()
                : snapshots.latest(aggregateIdentifier).stream();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long known = snapshots.latestSequenceNumber(aggregateIdentifier).orElse(-1L);
        long last = aggregateStreams.lastSequenceNumber(aggregateIdentifier, known);
        return last < 0 ? Optional.empty() : Optional.of(last);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return tokens.head();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return tokens.at(dateTime);
    }

    /**
     * Builds a {@link LedgerEventStorageEngine}. Required: the database and the serializers. Defaults: batch size
     * 256 (also the width of the global-sequence window read per fetch), gap timeout 60 s, max gap offset 10000,
     * durability managed by the server, duplicate keys resolved as concurrency conflicts.
     */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Durability durability = Durability.SERVER_MANAGED;
        private Duration gapTimeout = Duration.ofSeconds(60);
        private int maxGapOffset = 10_000;
        private Clock clock = Clock.systemUTC();
        private EventTypes eventTypes = EventTypes.LEDGER;
        private Serializer eventSerializer;

        protected Builder() {
            super.batchSize(DEFAULT_BATCH_SIZE);
            super.persistenceExceptionResolver(new MongoDuplicateKeyResolver());
        }

        /** Uses one serializer for events and snapshots. */
        public Builder serializer(Serializer serializer) {
            eventSerializer(serializer);
            return snapshotSerializer(serializer);
        }

        /** The serializer of event payloads; registered events are stored under their {@link EventTypes} name. */
        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            this.eventSerializer = eventSerializer;
            return this;
        }

        /** The stored type names of events; {@link EventTypes#LEDGER} unless a test binds its own. */
        public Builder eventTypes(EventTypes eventTypes) {
            this.eventTypes = eventTypes;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder persistenceExceptionResolver(PersistenceExceptionResolver resolver) {
            super.persistenceExceptionResolver(resolver);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        public Builder durability(Durability durability) {
            this.durability = durability;
            return this;
        }

        /** How long a reader waits for a reserved global sequence number before skipping it for good. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = gapTimeout;
            return this;
        }

        /** The furthest a gap may lag behind the token's index before it is dropped. */
        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public LedgerEventStorageEngine build() {
            if (eventSerializer != null && eventTypes != null) {
                super.eventSerializer(new StableTypeSerializer(eventSerializer, eventTypes));
            }
            return new LedgerEventStorageEngine(this);
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null || durability == null || clock == null || eventTypes == null) {
                throw new AxonConfigurationException("database, durability, clock and eventTypes are required");
            }
            if (gapTimeout == null || gapTimeout.isNegative() || maxGapOffset <= 0) {
                throw new AxonConfigurationException("gapTimeout must be >= 0 and maxGapOffset > 0");
            }
        }
    }
}
