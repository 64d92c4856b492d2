package org.unionfund.ledger.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

import java.time.Instant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.unionfund.ledger.audit.chain.VerificationResult;
import org.unionfund.ledger.audit.chain.Verifier;
import org.unionfund.ledger.audit.exchange.Exporter;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.platform.eventstore.EventTypes;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.funds.query.MatchingStatusView;
import org.unionfund.ledger.funds.query.MatchingStatuses;
import org.unionfund.ledger.testsupport.Patience;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.testsupport.LedgerAppTest;

import com.mongodb.client.MongoDatabase;

/**
 * A store written before events had type names (the audit scenario, written by the code of commit 2331e70 and
 * kept in {@code eventstore/legacy/}: its {@code events} and {@code sequences} documents and its export) still
 * reads, verifies and exports the same lines, and new events append to it under their type names.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.audit.sealer-enabled=false", "ledger.matching.scheduler-enabled=false",
        "ledger.test.context=legacy-store"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LegacyStoreTest {

    static final int LEGACY_EVENTS = 37;

    @Autowired
    MongoDatabase database;
    @Autowired
    EventStore eventStore;
    @Autowired
    Verifier verifier;
    @Autowired
    Exporter exporter;
    @Autowired
    ProcessorAdmin processors;
    @Autowired
    BodyDirectory directory;
    @Autowired
    CommandGateway commands;
    @Autowired
    MatchingStatuses matching;

    @BeforeAll
    void load() throws IOException {
        for (String collection : List.of("events", "sequences")) {
            database.getCollection(collection, RawBsonDocument.class).insertMany(
                    resourceLines(collection + ".ejson").stream().map(RawBsonDocument::parse).toList());
        }
    }

    @Test
    @Order(1)
    void the_old_store_verifies() {
        VerificationResult result = verifier.verify(null, (position, head, events) -> { }).result();
        assertThat(result.ok()).as(String.valueOf(result.findings())).isTrue();
        assertThat(result.events()).isEqualTo(LEGACY_EVENTS);
    }

    @Test
    @Order(2)
    void every_old_event_reads_as_the_class_registered_for_its_old_name() {
        List<Document> stored = database.getCollection("events").find().sort(new Document("_id", 1))
                .into(new java.util.ArrayList<>()).stream()
                .flatMap(commit -> commit.getList("events", Document.class).stream()).toList();
        List<? extends TrackedEventMessage<?>> read;
        try (var stream = eventStore.openStream(null)) {
            read = stream.asStream().limit(LEGACY_EVENTS).toList();
        }
        assertThat(read).hasSize(LEGACY_EVENTS);
        for (int i = 0; i < LEGACY_EVENTS; i++) {
            String storedType = stored.get(i).getString("type");
            Class<?> readAs = read.get(i).getPayloadType();
            assertThat(storedType).startsWith("org.unionfund.ledger.");
            assertThat(EventTypes.LEDGER.ofStoredName(storedType)).as(storedType)
                    .hasValueSatisfying(type -> assertThat(type.type()).isEqualTo(readAs));
        }
        AuditTesting.awaitCaughtUp(processors);
        assertThat(directory.find(new BodyId("330105"))).isPresent();
    }

    @Test
    @Order(3)
    void the_old_store_exports_the_same_event_and_commit_lines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.export(null, out, (position, head, events) -> { });
        assertThat(hashedLines(out.toString(StandardCharsets.UTF_8)))
                .isEqualTo(hashedLines(String.join("\n", resourceLines("export.ndjson"))))
                .hasSizeGreaterThan(LEGACY_EVENTS);
    }

    @Test
    @Order(4)
    void a_new_event_appends_to_the_old_store_under_its_type_name_and_the_whole_store_verifies() {
        commands.sendAndWait(new RegisterUnionBodyCommand(new LedgerId("330000"), new BodyId("330106"),
                "西湖区总工会", UnionBodyLevel.COUNTY, new BodyId("330100")));

        Document last = database.getCollection("events").find().sort(new Document("_id", -1)).first();
        assertThat(last.getList("events", Document.class)).extracting(event -> event.getString("type"))
                .containsExactly("UnionBodyRegistered");
        VerificationResult result = verifier.verify(null, (position, head, events) -> { }).result();
        assertThat(result.ok()).as(String.valueOf(result.findings())).isTrue();
        assertThat(result.events()).isEqualTo(LEGACY_EVENTS + 1);
    }

    @Test
    @Order(5)
    void the_old_per_allocation_matching_reads_and_evaluates_by_its_old_rule() {
        AuditTesting.awaitCaughtUp(processors);
        await().atMost(Patience.HANG_GUARD).until(() -> matching.status("330000", "A-ZJ-HZ-M").isPresent());
        MatchingStatusView old = matching.status("330000", "A-ZJ-HZ-M").orElseThrow();
        // 500,000 allocated 1:1, 50,000 of it reversed; 300,000 committed on time against the allocation itself.
        assertThat(List.of(old.allocated(), old.required(), old.committedOnTime(), old.outcome()))
                .containsExactly("450000.00", "450000.00", "300000.00", "OPEN");
        assertThat(old.scope()).as("a one-line allocation keeps the per-allocation rule").isNull();

        commands.sendAndWait(new RecordMatchingShortfallCommand(new LedgerId("330000"), new AllocationId("A-ZJ-HZ-M"),
                Instant.parse("2025-07-01T00:00:00Z")));
        Document last = database.getCollection("events").find().sort(new Document("_id", -1)).first();
        Document shortfall = last.getList("events", Document.class).get(0);
        assertThat(shortfall.getString("type")).isEqualTo("MatchingShortfallRecorded");
        Document payload = shortfall.get("payload", Document.class);
        assertThat(List.of("required", "committedByDeadline", "shortfall").stream()
                .map(field -> ((Number) payload.get(field, Document.class).get("fen")).longValue()).toList())
                .containsExactly(45_000_000L, 30_000_000L, 15_000_000L);
    }

    /** The event and commit lines of an export (header, checkpoints and trailer depend on when it was sealed). */
    private static List<String> hashedLines(String export) {
        return Arrays.stream(export.split("\n"))
                .filter(line -> line.startsWith("{\"kind\":\"event\"") || line.startsWith("{\"kind\":\"commit\""))
                .collect(Collectors.toList());
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = LegacyStoreTest.class.getResourceAsStream("/eventstore/legacy/" + name)) {
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.isBlank()).toList();
        }
    }
}
