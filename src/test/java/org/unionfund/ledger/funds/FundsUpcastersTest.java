package org.unionfund.ledger.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.DocumentLine;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.testsupport.OlderRevisions;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code FundEstablished} revision 2 added {@code name}, {@code AllocationDocumentIssued} revision 2 each line's
 * {@code source}: stored revision-1 payloads (under the stable or the legacy class name) read with them null, or
 * with the value when the payload already had it, new events are stored as revision 2, and reading changes no byte.
 */
class FundsUpcastersTest {

    private static final LedgerId ZJ = new LedgerId("330000");
    private static final String LEGACY = "org.unionfund.ledger.ledger.api.FundEstablishedEvent";

    private final OlderRevisions store = OlderRevisions.fresh(FundsUpcastersTest.class);

    @Test
    void a_stored_revision_1_fund_reads_as_revision_2_without_a_name_and_its_bytes_unchanged() {
        store.store("ZJ", OlderRevisions.json(fund(null), p -> p.remove("name")), "FundEstablished", "1");
        List<Document> stored = store.stored();
        assertThat(stored.get(0).toJson()).contains("\"FundEstablished\"").contains("\"revision\": \"1\"")
                .doesNotContain("\"name\"");

        assertThat(store.read("ZJ", FundsUpcasters.fundEstablishedUpcaster())).containsExactly(fund(null));
        assertThat(store.stored()).isEqualTo(stored);
    }

    @Test
    void a_fund_stored_under_its_legacy_class_name_reads_too() {
        store.store("ZJ", OlderRevisions.json(fund(null), p -> p.remove("name")), LEGACY, "1");

        assertThat(store.read("ZJ", FundsUpcasters.fundEstablishedUpcaster())).containsExactly(fund(null));
    }

    @Test
    void a_revision_1_fund_that_already_has_a_name_keeps_it() {
        store.store("ZJ", OlderRevisions.json(fund("浙江省总工会2025年疗休养经费"), p -> { }), "FundEstablished", "1");

        assertThat(store.read("ZJ", FundsUpcasters.fundEstablishedUpcaster()))
                .containsExactly(fund("浙江省总工会2025年疗休养经费"));
    }

    @Test
    void new_funds_and_documents_are_stored_as_revision_2_and_read_back_unchanged() {
        store.append("ZJ", fund("疗休养经费"), document("GENERAL"));

        List<?> events = store.stored().get(0).getList("events", Document.class);
        assertThat(events).extracting(e -> ((Document) e).getString("revision")).containsExactly("2", "2");
        assertThat(store.read("ZJ", FundsUpcasters.fundEstablishedUpcaster()))
                .containsExactly(fund("疗休养经费"), document("GENERAL"));
    }

    @Test
    void a_stored_revision_1_document_reads_its_lines_without_a_source() {
        store.store("ZJ-12", OlderRevisions.json(document(null),
                p -> p.withArray("lines").forEach(line -> ((ObjectNode) line).remove("source"))),
                "AllocationDocumentIssued", "1");
        List<Document> stored = store.stored();
        assertThat(stored.get(0).toJson()).doesNotContain("\"source\"");

        assertThat(store.read("ZJ-12", FundsUpcasters.allocationDocumentIssuedUpcaster())).containsExactly(document(null));
        assertThat(store.stored()).isEqualTo(stored);
    }

    private static FundEstablishedEvent fund(String name) {
        return new FundEstablishedEvent(ZJ, new FundId("ZJ-2025-RECUP"), new BodyId("330000"), 2025,
                FundPurpose.RECUPERATION, Money.ofYuan(20_000_000), List.of(), null, "sha256:x", name);
    }

    private static AllocationDocumentIssuedEvent document(String source) {
        return new AllocationDocumentIssuedEvent(ZJ, new AllocationId("ZJ-12"), "浙工〔2025〕12号", "疗休养补助",
                new BodyId("330000"), new BodyId("330200"),
                List.of(new DocumentLine(new FundId("ZJ-2025-RECUP"), null, Money.ofYuan(3_000_000), source)),
                Money.ofYuan(3_000_000), null, null, null, null, "sha256:y");
    }
}
