package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.platform.eventstore.Fixture.events;
import static org.unionfund.ledger.platform.eventstore.Fixture.track;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.platform.eventstore.Fixture.Deposited;
import org.unionfund.ledger.testsupport.TestMongo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoDatabase;

class SnapshotAndUpcasterTest {

    private MongoDatabase database;
    private LedgerEventStorageEngine engine;

    @BeforeEach
    void setUp() {
        database = TestMongo.freshDatabase(SnapshotAndUpcasterTest.class);
        engine = Fixture.engine(database).build();
    }

    @Test
    void storesAndReadsTheLatestSnapshot() {
        assertThat(engine.readSnapshot("acc")).isEmpty();
        engine.storeSnapshot(snapshot("acc", 10));

        Optional<DomainEventMessage<?>> read = engine.readSnapshot("acc");

        assertThat(read).isPresent();
        assertThat(read.get().getSequenceNumber()).isEqualTo(10);
        assertThat(read.get().getAggregateIdentifier()).isEqualTo("acc");
        assertThat(read.get().getType()).isEqualTo("Account");
        assertThat(read.get().getPayload()).isEqualTo(new Deposited("acc", 10, new BigDecimal("10.00"), "state"));
        assertThat(read.get().getMetaData()).containsEntry("by", "snapshotter");
        assertThat(database.getCollection("snapshots").countDocuments()).isEqualTo(1);
    }

    @Test
    void neverReplacesANewerSnapshotWithAnOlderOne() {
        engine.storeSnapshot(snapshot("acc", 10));
        engine.storeSnapshot(snapshot("acc", 5));
        engine.storeSnapshot(snapshot("acc", 10));
        assertThat(engine.readSnapshot("acc").orElseThrow().getSequenceNumber()).isEqualTo(10);

        engine.storeSnapshot(snapshot("acc", 20));
        assertThat(engine.readSnapshot("acc").orElseThrow().getSequenceNumber()).isEqualTo(20);
        assertThat(database.getCollection("snapshots").countDocuments()).isEqualTo(1);
    }

    @Test
    void snapshotFilterCanRejectSnapshots() {
        engine = Fixture.engine(database).snapshotFilter(snapshot -> false).build();
        engine.storeSnapshot(snapshot("acc", 3));

        assertThat(engine.readSnapshot("acc")).isEmpty();
    }

    @Test
    void upcasterChainIsAppliedToStoredEventsAndSnapshots() {
        engine.appendEvents(events("acc", 0, 2));
        engine.storeSnapshot(snapshot("acc", 1));
        LedgerEventStorageEngine upcasting = Fixture.engine(database).upcasterChain(new NoteUpcaster()).build();

        List<? extends DomainEventMessage<?>> stream = upcasting.readEvents("acc").asStream().toList();
        List<TrackedEventMessage<?>> tracked = track(upcasting, null);

        assertThat(stream).extracting(m -> ((Deposited) m.getPayload()).note()).containsExactly("v2:n0", "v2:n1");
        assertThat(tracked).extracting(m -> ((Deposited) m.getPayload()).note()).containsExactly("v2:n0", "v2:n1");
        assertThat(((Deposited) upcasting.readSnapshot("acc").orElseThrow().getPayload()).note())
                .isEqualTo("v2:state");
        assertThat(((Deposited) engine.readEvents("acc").next().getPayload()).note()).isEqualTo("n0");
    }

    private static DomainEventMessage<Deposited> snapshot(String aggregateId, long seq) {
        return new GenericDomainEventMessage<>("Account", aggregateId, seq,
                                               new Deposited(aggregateId, seq, new BigDecimal("10.00"), "state"),
                                               MetaData.with("by", "snapshotter"));
    }

    /** Revision null to "2": prefixes the note, on the stored JSON tree. */
    private static final class NoteUpcaster extends SingleEventUpcaster {

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return representation.getType().getName().equals(Deposited.class.getName())
                    && representation.getType().getRevision() == null;
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(
                    new SimpleSerializedType(Deposited.class.getName(), "2"), JsonNode.class,
                    node -> ((ObjectNode) node).put("note", "v2:" + node.get("note").asText()));
        }
    }
}
