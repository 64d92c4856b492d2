package org.unionfund.ledger.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.eventstore.EventTypes;
import org.unionfund.ledger.platform.eventstore.LedgerEventStorageEngine;
import org.unionfund.ledger.testsupport.TestMongo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoDatabase;

/**
 * {@code MatchingOutcomeRevised} revision 2 added {@code reversedBy}: a stored revision-1 payload still reads (as
 * revision 2, {@code reversedBy} null), new events are stored as revision 2, and reading changes no stored byte.
 */
class MatchingOutcomeRevisedUpcasterTest {

    /** The payload as revision 1 stored it, before {@code reversedBy}. */
    record RevisionOne(LedgerId ledgerId, AllocationId allocationId, BodyId bodyId, LocalDate deadline,
            int revision, int revises, CommitmentId causedBy, String outcome, Money required,
            Money committedByDeadline, Money shortfall) {
    }

    private static final Serializer SERIALIZER = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper().findAndRegisterModules()
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
            .build();
    private static final LedgerId ZJ = new LedgerId("330000");

    private MongoDatabase database;

    @BeforeEach
    void freshStore() {
        database = TestMongo.freshDatabase(MatchingOutcomeRevisedUpcasterTest.class);
    }

    @Test
    void a_stored_revision_1_payload_reads_as_revision_2_with_no_reversal_and_its_bytes_unchanged() {
        writer(RevisionOne.class).appendEvents(List.of(message(0, new RevisionOne(ZJ, new AllocationId("ZJ-12"),
                new BodyId("330200"), LocalDate.of(2025, 9, 30), 1, 0, new CommitmentId("HS-OWN-1"), "SHORTFALL",
                Money.ofYuan(3000000), Money.ofYuan(2100000), Money.ofYuan(900000)))));
        List<Document> stored = storedCommits();
        assertThat(stored.get(0).toJson()).contains("\"MatchingOutcomeRevised\"").contains("\"revision\": \"1\"")
                .doesNotContain("reversedBy");

        MatchingOutcomeRevisedEvent read = (MatchingOutcomeRevisedEvent) reader().readEvents(ZJ.toString()).next()
                .getPayload();

        assertThat(read).isEqualTo(new MatchingOutcomeRevisedEvent(ZJ, new AllocationId("ZJ-12"),
                new BodyId("330200"), LocalDate.of(2025, 9, 30), 1, 0, new CommitmentId("HS-OWN-1"), "SHORTFALL",
                Money.ofYuan(3000000), Money.ofYuan(2100000), Money.ofYuan(900000), null));
        assertThat(storedCommits()).isEqualTo(stored);
    }

    @Test
    void a_revision_1_payload_that_already_names_a_reversal_keeps_it() {
        MatchingOutcomeRevisedEvent interim = revised(new ReversalId("REV-1"));
        writer(MatchingOutcomeRevisedEvent.class).appendEvents(List.of(message(0, interim)));
        assertThat(storedCommits().get(0).toJson()).contains("\"revision\": \"1\"");

        assertThat(reader().readEvents(ZJ.toString()).next().getPayload()).isEqualTo(interim);
    }

    @Test
    void new_events_are_stored_as_revision_2_and_read_back_unchanged() {
        LedgerEventStorageEngine engine = reader();
        engine.appendEvents(List.of(message(0, revised(new ReversalId("REV-2"))), message(1, revised(null))));

        assertThat(storedCommits().get(0).toJson()).contains("\"revision\": \"2\"").doesNotContain("\"revision\": \"1\"");
        List<Object> read = new ArrayList<>();
        engine.readEvents(ZJ.toString()).asStream().forEach(m -> read.add(m.getPayload()));
        assertThat(read).containsExactly(revised(new ReversalId("REV-2")), revised(null));
    }

    private static MatchingOutcomeRevisedEvent revised(ReversalId reversal) {
        return new MatchingOutcomeRevisedEvent(ZJ, new AllocationId("NB-HS"), new BodyId("330203"),
                LocalDate.of(2025, 9, 30), 2, 1, new CommitmentId("HS-OWN-1"), "SHORTFALL", Money.ofYuan(1000000),
                Money.ofYuan(400000), Money.ofYuan(600000), reversal);
    }

    private static DomainEventMessage<?> message(long seq, Object payload) {
        return new GenericDomainEventMessage<>("FundLedger", ZJ.toString(), seq, payload);
    }

    /** An engine that stores {@code payload} under the name and revision 1, as the code before revision 2 did. */
    private LedgerEventStorageEngine writer(Class<?> payload) {
        return LedgerEventStorageEngine.builder().serializer(SERIALIZER).database(database)
                .durability(TestMongo.durability())
                .eventTypes(new EventTypes(List.of(EventTypes.type(FundsUpcasters.matchingOutcomeRevisedUpcaster().type(), payload, "1",
                        null))))
                .build();
    }

    /** The ledger's registry and the upcaster, as the application reads. */
    private LedgerEventStorageEngine reader() {
        return LedgerEventStorageEngine.builder().serializer(SERIALIZER).database(database)
                .durability(TestMongo.durability())
                .upcasterChain(new EventUpcasterChain(FundsUpcasters.matchingOutcomeRevisedUpcaster())).build();
    }

    private List<Document> storedCommits() {
        return database.getCollection("events").find().into(new ArrayList<>());
    }
}
