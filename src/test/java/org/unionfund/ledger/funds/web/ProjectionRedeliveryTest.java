package org.unionfund.ledger.funds.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unionfund.ledger.funds.api.PostingEvent;
import org.unionfund.ledger.funds.query.AccountBalanceProjection;
import org.unionfund.ledger.funds.query.MatchingDeadlineProjection;
import org.unionfund.ledger.platform.projection.ProcessorStatus;
import org.unionfund.ledger.testsupport.Patience;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The balance projection books an event once even when it is delivered again (after a crash between two of its
 * writes, say), and a replay from the start of the log rebuilds the same balances. Ledger: Hebei 130000.
 */
class ProjectionRedeliveryTest extends LedgerHttpTestBase {

    @Autowired
    AccountBalanceProjection balances;

    @Test
    void events_delivered_twice_and_a_full_replay_give_the_same_balances() {
        register("130000", "河北省总工会", "PROVINCE", null).expect(201);
        register("130100", "石家庄市总工会", "CITY", "130000").expect(201);
        register("130102", "长安区总工会", "COUNTY", "130100").expect(201);
        post("/api/v1/funds", """
                {"fundId": "HB-2025", "bodyId": "130000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "900000.00", "effectiveDate": "2025-01-03"}""").expect(201);
        post("/api/v1/allocations", """
                {"allocationId": "A-HB-1", "fromBodyId": "130000", "fundId": "HB-2025", "toBodyId": "130100",
                 "amount": "300000.00", "effectiveDate": "2025-02-01",
                 "matching": {"ratioBasisPoints": 10000, "deadline": "2025-05-31"}}""").expect(201);
        post("/api/v1/allocations", """
                {"allocationId": "A-HB-2", "fromBodyId": "130100", "fundId": "HB-2025", "toBodyId": "130102",
                 "amount": "120000.00", "effectiveDate": "2025-02-02"}""").expect(201);
        post("/api/v1/ledgers/130000/allocations/A-HB-1/matching-commitments", """
                {"commitmentId": "M-HB-1", "amount": "100000.00", "effectiveDate": "2025-03-01"}""").expect(201);
        post("/api/v1/ledgers/130000/postings/A-HB-1/reversals", """
                {"reversalId": "R-HB-1", "amount": "50000.00", "reason": "budget cut",
                 "effectiveDate": "2025-03-02"}""").expect(201);
        post("/api/v1/shared-costs", """
                {"postingId": "C-HB-1", "description": "长安区职工疗休养", "expenseCategory": "TRIP",
                 "effectiveDate": "2025-04-01",
                 "legs": [{"bodyId": "130102", "fundId": "HB-2025", "amount": "20000.00"},
                          {"bodyId": "130100", "fundId": "HB-2025", "amount": "30000.00"}]}""").expect(201);
        post("/api/v1/bodies/130102/years/2025/close", null).expect(201);
        awaitProjections();
        List<JsonNode> expected = snapshot();
        assertThat(expected.get(0).findValuesAsText("balance")).contains("-900000.00", "650000.00");

        // Deliver every posting event of the ledger again, twice.
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents("130000", 0).asStream().forEach(events::add);
        for (int round = 0; round < 2; round++) {
            for (DomainEventMessage<?> event : events) {
                if (event.getPayload() instanceof PostingEvent posting) {
                    balances.apply(posting, event.getSequenceNumber());
                }
            }
        }
        assertThat(snapshot()).isEqualTo(expected);

        // Rebuild from the start of the log.
        processors.replay(AccountBalanceProjection.GROUP);
        processors.replay(MatchingDeadlineProjection.GROUP);
        await().atMost(Patience.HANG_GUARD).until(() -> LEDGER_PROCESSORS.stream().map(processors::status)
                .noneMatch(ProcessorStatus::replaying));
        awaitProjections();
        assertThat(snapshot()).isEqualTo(expected);
    }

    private List<JsonNode> snapshot() {
        List<JsonNode> views = new ArrayList<>();
        for (String body : List.of("130000", "130100", "130102")) {
            views.add(get("/api/v1/bodies/" + body + "/accounts").expect(200).json());
        }
        views.add(get("/api/v1/ledgers/130000/trial-balance?year=2025").expect(200).json());
        views.add(get("/api/v1/ledgers/130000/trial-balance?year=2026").expect(200).json());
        views.add(get("/api/v1/ledgers/130000/allocations/A-HB-1/matching").expect(200).json());
        views.add(get("/api/v1/ledgers/130000/postings/A-HB-1").expect(200).json());
        return views;
    }
}
