package org.unionfund.ledger.audit.chain;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.unionfund.ledger.audit.settings.AuditProperties;
import org.unionfund.ledger.platform.eventstore.CommitLog;
import org.unionfund.ledger.platform.eventstore.EventStoreProperties;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.platform.eventstore.VoidedGaps;
import org.unionfund.ledger.testsupport.TestKeys;
import org.unionfund.ledger.testsupport.TestMongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;

/** An event store with the audit pieces around it, without Spring. */
final class ChainFixture {

    static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()).build();

    record Paid(String account, long fen, BigDecimal rate, String note, List<String> tags) {
    }

    final MongoDatabase database;
    final LedgerEventStorageEngine engine;
    final CommitLog log;
    final CheckpointStore checkpoints;
    final Verifier verifier;
    final CheckpointSealer sealer;
    final Seals seals;

    ChainFixture(Class<?> owner) {
        this(TestMongo.freshDatabase(owner));
    }

    ChainFixture(MongoDatabase database) {
        this.database = database;
        this.engine = engine(database);
        this.log = new CommitLog(database);
        this.checkpoints = new CheckpointStore(database);
        AuditProperties properties = new AuditProperties(false, Duration.ofSeconds(30), 100_000, 1_000_000, 4,
                TestKeys.dir(database.getName()), "Ed25519", null);
        this.seals = new Seals(TestKeys.key(), database, properties);
        this.verifier = new Verifier(log, checkpoints, properties, seals);
        this.sealer = new CheckpointSealer(log, checkpoints,
                new EventStoreProperties(256, Duration.ofSeconds(60), 10_000), properties, Clock.systemUTC(), seals,
                new VoidedGaps(database), verifier);
    }

    static LedgerEventStorageEngine engine(MongoDatabase database) {
        return LedgerEventStorageEngine.builder().serializer(SERIALIZER).database(database)
                .durability(TestMongo.durability()).build();
    }

    static DomainEventMessage<Paid> event(String aggregateId, long seq) {
        return new GenericDomainEventMessage<>("Account", aggregateId, seq,
                new Paid(aggregateId, 100 + seq, new BigDecimal("1.50"), "工会 n" + seq + " \"q\"\n",
                        List.of("a", "b")),
                MetaData.with("principal", "clerk-" + seq).and("correlationId", "c-" + seq));
    }

    static List<DomainEventMessage<?>> events(String aggregateId, long fromSeq, int count) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (long seq = fromSeq; seq < fromSeq + count; seq++) {
            events.add(event(aggregateId, seq));
        }
        return events;
    }

    VerificationResult verify() {
        return verifier.verify(null, null).result();
    }
}
