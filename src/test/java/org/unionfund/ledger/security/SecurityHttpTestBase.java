package org.unionfund.ledger.security;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.unionfund.ledger.platform.projection.ProcessorAdmin;
import org.unionfund.ledger.platform.projection.ProcessorStatus;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.testsupport.TestUsers;
import org.unionfund.ledger.testsupport.Patience;

import com.mongodb.client.MongoDatabase;

/**
 * The security tests' own application context (its own database): the Zhejiang tree of the test users (330000 →
 * 330100 → 330105, and 330200) and a second ledger, Guizhou 520000, with funds, an allocation with a matching
 * requirement, a standard, a contractor and destination, a programme and a trip of Gongshu — set up over HTTP as the
 * test system user. Setting up again is an idempotent repeat, so every test class may call it.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.matching.scheduler-enabled=false", "ledger.test.context=security"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SecurityHttpTestBase {

    static final String SYSTEM = TestUsers.SYSTEM;

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;
    @Autowired
    ProcessorAdmin processors;
    @Autowired
    EventStore eventStore;

    Http http;

    @BeforeAll
    void world() {
        http = new Http(port);
        for (String body : List.of(
                """
                {"bodyId": "330000", "name": "浙江省总工会", "level": "PROVINCE"}""",
                """
                {"bodyId": "330100", "name": "杭州市总工会", "level": "CITY", "parentId": "330000"}""",
                """
                {"bodyId": "330105", "name": "拱墅区总工会", "level": "COUNTY", "parentId": "330100"}""",
                """
                {"bodyId": "330200", "name": "宁波市总工会", "level": "CITY", "parentId": "330000"}""",
                """
                {"bodyId": "520000", "name": "贵州省总工会", "level": "PROVINCE"}""")) {
            created(http.post("/api/v1/bodies", SYSTEM, body));
        }
        created(http.post("/api/v1/funds", SYSTEM, """
                {"fundId": "ZJ-SEC-FUND", "bodyId": "330000", "year": 2025, "purpose": "RECUPERATION",
                 "total": "10000000.00", "effectiveDate": "2025-01-10"}"""));
        created(http.post("/api/v1/funds", SYSTEM, """
                {"fundId": "HZ-SEC-FUND", "bodyId": "330100", "year": 2025, "purpose": "RECUPERATION",
                 "total": "1000000.00", "effectiveDate": "2025-01-10"}"""));
        created(http.post("/api/v1/funds", SYSTEM, """
                {"fundId": "GS-SEC-FUND", "bodyId": "330105", "year": 2025, "purpose": "RECUPERATION",
                 "total": "2000000.00", "effectiveDate": "2025-01-10"}"""));
        created(http.post("/api/v1/allocations", SYSTEM, """
                {"allocationId": "A-SEC-HZ", "fromBodyId": "330000", "fundId": "ZJ-SEC-FUND", "toBodyId": "330100",
                 "amount": "5000000.00", "effectiveDate": "2025-02-01",
                 "matching": {"ratioBasisPoints": 5000, "deadline": "2025-12-31"}}"""));
        created(http.post("/api/v1/allocations", SYSTEM, """
                {"allocationId": "A-SEC-GS", "fromBodyId": "330100", "fundId": "ZJ-SEC-FUND", "toBodyId": "330105",
                 "amount": "1000000.00", "effectiveDate": "2025-02-15"}"""));
        created(http.post("/api/v1/standards", SYSTEM, """
                {"standardId": "ZJ-SEC-CAP", "regionBodyId": "330000", "kind": "DAILY_PRICE_CAP",
                 "value": {"amount": "600.00"}, "effectiveFrom": "2020-01-01"}"""));
        created(http.post("/api/v1/standards", SYSTEM, """
                {"standardId": "GS-SEC-CAP", "regionBodyId": "330105", "kind": "DAILY_PRICE_CAP",
                 "value": {"amount": "580.00"}, "effectiveFrom": "2025-01-01"}"""));
        created(http.post("/api/v1/contractors", SYSTEM, """
                {"contractorId": "SEC-AGENCY", "name": "杭州职工国际旅行社", "kind": "LICENSED_TRAVEL_AGENCY",
                 "licenceNumber": "L-ZJ-SEC"}"""));
        created(http.post("/api/v1/destinations", SYSTEM, """
                {"destinationId": "SEC-BASE", "name": "安吉职工疗休养基地", "regionCode": "330523",
                 "pairedAidRegion": false}"""));
        created(http.post("/api/v1/programmes", SYSTEM, """
                {"programmeId": "SEC-GS-PROG", "bodyId": "330105", "year": 2025, "name": "拱墅区疗休养",
                 "plannedHeadcount": 500, "eligibleCategories": ["FRONTLINE", "NEW_FORM"], "tripDays": [3, 1],
                 "frequencyRule": "ONCE_PER_YEAR", "effectiveDate": "2025-03-01",
                 "budget": [{"fundId": "GS-SEC-FUND", "amount": "1000000.00"}]}"""));
        created(http.post("/api/v1/trips", SYSTEM, """
                {"tripId": "SEC-GS-T1", "programmeId": "SEC-GS-PROG", "contractorId": "SEC-AGENCY",
                 "destinationId": "SEC-BASE", "startDate": "2025-05-06", "days": 3,
                 "pricePerPersonPerDay": "500.00"}"""));
        awaitProjections();
    }

    private static void created(Http.Reply reply) {
        if (reply.status() != 201 && reply.status() != 200) {
            throw new AssertionError("setting up the world: " + reply.status() + " " + reply.raw());
        }
    }

    /** Commit documents in the event store (one per command that recorded events). */
    long commits() {
        return database.getCollection("events").countDocuments();
    }

    /** Waits until the ledger's tracking processors have handled everything in the event log up to now. */
    void awaitProjections() {
        long head = eventStore.createHeadToken() == null ? 0
                : eventStore.createHeadToken().position().orElse(0);
        try {
            await().atMost(Patience.HANG_GUARD).pollInterval(Duration.ofMillis(20)).until(() -> {
                for (String name : List.of("account-balances", "matching-deadlines", "standards", "body-directory")) {
                    ProcessorStatus status = processors.status(name);
                    if (status.segments().isEmpty() || status.position() < head) {
                        return false;
                    }
                }
                return true;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("projections did not reach " + head + ": " + processors.all(), e);
        }
    }
}
