package org.unionfund.ledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.statistics.budget.BudgetProjection;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.platform.projection.ShadowTarget;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/**
 * The budget view and leverage (带动比) over the worked example of issue 15 with allocation documents: own money
 * committed towards matching (Ningbo 1,200,000, Haishu 900,000, Yinzhou 700,000) enters once, at the committing
 * body's level — the same money the region matching figures count — and Ningbo's own 500,000 passed down to Yinzhou is
 * an internal transfer, never own money again.
 */
class LeverageWithDocumentsTest {

    static final LedgerId LEDGER = new LedgerId("330000");
    static final BodyId ZHEJIANG = new BodyId("330000");
    static final BodyId NINGBO = new BodyId("330200");
    static final BodyId HAISHU = new BodyId("330203");
    static final BodyId YINZHOU = new BodyId("330212");
    static final FundId ZJ_FUND = new FundId("ZJ-2025-RECUP");
    static final AllocationId ZJ_12 = new AllocationId("ZJ-2025-12");
    static final AllocationId NB_HS = new AllocationId("NB-2025-7");
    static final LocalDate DEADLINE = LocalDate.of(2025, 9, 30);

    private static StatisticsWorld world;
    private static List<TrackedEventMessage<?>> log;

    @BeforeAll
    static void scenario() {
        world = new StatisticsWorld(LeverageWithDocumentsTest.class);
        world.run(List.of(
                new RegisterUnionBodyCommand(LEDGER, ZHEJIANG, "浙江省总工会", UnionBodyLevel.PROVINCE, null),
                new RegisterUnionBodyCommand(LEDGER, NINGBO, "宁波市总工会", UnionBodyLevel.CITY, ZHEJIANG),
                new RegisterUnionBodyCommand(LEDGER, HAISHU, "海曙区总工会", UnionBodyLevel.COUNTY, NINGBO),
                new RegisterUnionBodyCommand(LEDGER, YINZHOU, "鄞州区总工会", UnionBodyLevel.COUNTY, NINGBO),
                new EstablishFundCommand(LEDGER, ZJ_FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION, yuan(20_000_000),
                        List.of(new Earmark("NONPUB-NEWFORM", yuan(10_000_000), new EarmarkEligibility(
                                Set.of(EmployerOwnership.NON_PUBLIC), Set.of(WorkerCategory.NEW_FORM)))),
                        LocalDate.of(2025, 1, 10)),
                document(ZJ_12, "浙工〔2025〕12号", ZHEJIANG, NINGBO, new MatchingRequirement(10_000, DEADLINE),
                        new AllocationLine(ZJ_FUND, "NONPUB-NEWFORM", yuan(1_000_000)),
                        new AllocationLine(ZJ_FUND, null, yuan(2_000_000))),
                commit("C-NB", ZJ_12, NINGBO, 1_200_000, LocalDate.of(2025, 5, 10)),
                document(NB_HS, "甬工〔2025〕7号", NINGBO, HAISHU, new MatchingRequirement(10_000, DEADLINE),
                        new AllocationLine(ZJ_FUND, null, yuan(1_000_000))),
                document(new AllocationId("NB-2025-8"), "甬工〔2025〕8号", NINGBO, YINZHOU, null,
                        new AllocationLine(new FundId("OWN-330200-2025"), null, yuan(500_000))),
                commit("C-HS", NB_HS, HAISHU, 900_000, LocalDate.of(2025, 9, 15)),
                commit("C-YZ", ZJ_12, YINZHOU, 700_000, LocalDate.of(2025, 10, 10))));
        log = world.log();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    static Money yuan(long yuan) {
        return Money.ofYuan(yuan);
    }

    static IssueAllocationDocumentCommand document(AllocationId id, String number, BodyId from, BodyId to,
            MatchingRequirement matching, AllocationLine... lines) {
        return new IssueAllocationDocumentCommand(LEDGER, id, number, "疗休养补助资金", LocalDate.of(2025, 3, 1), from,
                to, List.of(lines), matching, null);
    }

    static CommitOwnFundsCommand commit(String id, AllocationId document, BodyId body, long yuan, LocalDate date) {
        return new CommitOwnFundsCommand(LEDGER, new CommitmentId(id), document, body, null, yuan(yuan), date);
    }

    @Test
    void own_money_committed_towards_matching_counts_once_in_leverage_and_in_the_region_budgets() throws Exception {
        MongoDatabase db = TestMongo.freshDatabase(LeverageWithDocumentsTest.class);
        MongoBodyDirectory directory = new MongoBodyDirectory(db);
        for (TrackedEventMessage<?> m : log) {
            if (m.getPayload() instanceof UnionBodyRegisteredEvent registered) {
                directory.record(registered);
            }
        }
        ShadowTarget target = ShadowTarget.of(new BudgetProjection(db));
        target.apply(log.stream().filter(target::handles).toList());
        BudgetQueries budgets = new BudgetQueries(db, directory);

        BudgetQueries.LeverageView leverage = budgets.leverage("330000", 2025, null);
        assertThat(leverage.provinceOwnFunds()).isEqualTo("20000000.00");
        assertThat(leverage.byLevel()).containsEntry("CITY", "1200000.00").containsEntry("COUNTY", "1600000.00");
        assertThat(leverage.countyLevelAndAboveFunds()).isEqualTo("22800000.00");
        assertThat(leverage.leverage()).isEqualTo("1.1400");

        BudgetQueries.BudgetView province = budgets.budget(2025, "330000", true, null, null);
        assertThat(province.totals().matched()).isEqualTo("2800000.00");
        assertThat(province.internalTransfers().sent()).isEqualTo("4500000.00");
        assertThat(province.internalTransfers().balanced()).isTrue();

        // Ningbo's region: its own 1,200,000 and its districts' 1,600,000; the 500,000 passed to Yinzhou is internal
        BudgetQueries.BudgetView ningbo = budgets.budget(2025, "330200", true, null, null);
        assertThat(ningbo.totals().matched()).isEqualTo("2800000.00");
        assertThat(ningbo.totals().received()).isEqualTo("3000000.00");
        assertThat(ningbo.internalTransfers().sent()).isEqualTo("1500000.00");
        assertThat(ningbo.totals().budget()).isEqualTo("5800000.00");
        // Yinzhou's own view: 500,000 received from Ningbo (its own money, passed down) and its own 700,000
        BudgetQueries.BudgetView yinzhou = budgets.budget(2025, "330212", false, null, null);
        assertThat(yinzhou.totals().received()).isEqualTo("500000.00");
        assertThat(yinzhou.totals().matched()).isEqualTo("700000.00");
    }
}
