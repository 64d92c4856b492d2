package org.unionfund.ledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.testsupport.GongshuCase.GONGSHU;
import static org.unionfund.ledger.testsupport.GongshuCase.HANGZHOU;
import static org.unionfund.ledger.testsupport.GongshuCase.LEDGER;
import static org.unionfund.ledger.testsupport.GongshuCase.ZHEJIANG;
import static org.unionfund.ledger.testsupport.GongshuCase.ZJ_FUND;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingScope;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.CollectionDigest;
import org.unionfund.ledger.platform.projection.ShadowTarget;
import org.unionfund.ledger.statistics.budget.BudgetProjection;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.funds.FundNames;
import org.unionfund.ledger.statistics.funds.FundNamesProjection;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/**
 * The fund-name read model from the real events of {@link StatisticsScenario} plus a named fund, a region document
 * and Gongshu's own money towards it: names as given at establishment, derived names for own-money and one-line
 * matching funds, the code for a fund established without a name; rebuilt in any batch size and redelivered, the
 * same documents; the budget view carries the names; a second ledger may use the same fund id under another name.
 */
class FundNamesProjectionTest {

    static final FundId NAMED = new FundId("HZ-2025-NAMED");
    /** A second ledger that uses the same fund id as Hangzhou's named fund, under another name. */
    static final LedgerId LIAONING = new LedgerId("210000");

    private static StatisticsWorld world;
    private static List<TrackedEventMessage<?>> log;

    @BeforeAll
    static void scenario() {
        world = new StatisticsWorld(FundNamesProjectionTest.class);
        List<Object> commands = new ArrayList<>(StatisticsScenario.commands());
        commands.add(new EstablishFundCommand(LEDGER, NAMED, HANGZHOU, 2025, FundPurpose.RECUPERATION,
                yuan(300_000), List.of(), LocalDate.of(2025, 1, 20), "杭州市总工会2025年职工疗休养资金"));
        commands.add(new IssueAllocationDocumentCommand(LEDGER, new AllocationId("ZJ-2025-30"), "浙工〔2025〕30号",
                "关于下达职工疗休养补助资金的通知", LocalDate.of(2025, 3, 1), ZHEJIANG, HANGZHOU,
                List.of(new AllocationLine(ZJ_FUND, null, yuan(100_000))),
                new MatchingRequirement(10_000, LocalDate.of(2025, 9, 30)), MatchingScope.REGION));
        commands.add(new CommitOwnFundsCommand(LEDGER, new CommitmentId("C-GS-OWN"), new AllocationId("ZJ-2025-30"),
                GONGSHU, null, yuan(50_000), LocalDate.of(2025, 5, 1)));
        commands.add(new RegisterUnionBodyCommand(LIAONING, LIAONING.root(), "辽宁省总工会", UnionBodyLevel.PROVINCE,
                null));
        commands.add(new EstablishFundCommand(LIAONING, NAMED, LIAONING.root(), 2025, FundPurpose.RECUPERATION,
                yuan(200_000), List.of(), LocalDate.of(2025, 1, 15), "辽宁省总工会2025年职工疗休养资金"));
        world.run(commands);
        log = world.log();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    @Test
    void funds_show_their_given_or_derived_names_and_the_budget_view_carries_them() {
        MongoDatabase db = TestMongo.freshDatabase(FundNamesProjectionTest.class);
        MongoBodyDirectory directory = new MongoBodyDirectory(db);
        feed(db, directory, log, 50);

        Map<String, String> names = new FundNames(db, directory).of(LEDGER.rootBodyId(), List.of(NAMED.value(),
                "OWN-330105-2025",
                "A-HZ-GS-M", "GS-2025-RECUP", "NO-SUCH-FUND"));
        assertThat(names).containsEntry(NAMED.value(), "杭州市总工会2025年职工疗休养资金")
                .containsEntry("OWN-330105-2025", "拱墅区总工会2025年自有资金")
                .containsEntry("A-HZ-GS-M", "拱墅区总工会配套资金（A-HZ-GS-M）")
                .containsEntry("GS-2025-RECUP", "GS-2025-RECUP")
                .containsEntry("NO-SUCH-FUND", "NO-SUCH-FUND");

        BudgetQueries.BudgetView gongshu = new BudgetQueries(db, directory).budget(2025, GONGSHU.value(), false,
                null, null);
        assertThat(gongshu.lines().stream().collect(Collectors.toMap(BudgetQueries.Line::fund,
                BudgetQueries.Line::fundName, (a, b) -> a)))
                .containsEntry("OWN-330105-2025", "拱墅区总工会2025年自有资金")
                .containsEntry("A-HZ-GS-M", "拱墅区总工会配套资金（A-HZ-GS-M）");
        assertThat(new FundNames(db, directory).documentNumbers(LEDGER.rootBodyId(), List.of("ZJ-2025-30",
                "A-HZ-GS"))).containsExactly(Map.entry("ZJ-2025-30", "浙工〔2025〕30号"));
    }

    @Test
    void two_ledgers_may_use_the_same_fund_id_under_different_names() {
        MongoDatabase db = TestMongo.freshDatabase(FundNamesProjectionTest.class);
        MongoBodyDirectory directory = new MongoBodyDirectory(db);
        feed(db, directory, log, 50);
        FundNames names = new FundNames(db, directory);

        assertThat(names.of(LEDGER.rootBodyId(), NAMED.value())).isEqualTo("杭州市总工会2025年职工疗休养资金");
        assertThat(names.of(LIAONING.rootBodyId(), NAMED.value())).isEqualTo("辽宁省总工会2025年职工疗休养资金");
        assertThat(names.ofBody(GONGSHU.value(), List.of(NAMED.value()))).containsEntry(NAMED.value(),
                "杭州市总工会2025年职工疗休养资金");
        assertThat(new BudgetQueries(db, directory).budget(2025, LIAONING.rootBodyId(), false, NAMED.value(), null)
                .lines()).extracting(BudgetQueries.Line::fundName).containsExactly("辽宁省总工会2025年职工疗休养资金");
        assertThat(new BudgetQueries(db, directory).budget(2025, HANGZHOU.value(), false, NAMED.value(), null)
                .lines()).extracting(BudgetQueries.Line::fundName).containsExactly("杭州市总工会2025年职工疗休养资金");
    }

    @Test
    void the_model_is_the_same_in_any_batch_size_and_after_redelivery() {
        MongoDatabase one = TestMongo.freshDatabase(FundNamesProjectionTest.class);
        feed(one, new MongoBodyDirectory(one), log, 1);
        MongoDatabase all = TestMongo.freshDatabase(FundNamesProjectionTest.class);
        MongoBodyDirectory directory = new MongoBodyDirectory(all);
        feed(all, directory, log, log.size());
        String digest = digest(all);
        assertThat(digest(one)).isEqualTo(digest);
        feed(all, directory, log, 7);
        assertThat(digest(all)).as("redelivered").isEqualTo(digest);
    }

    private static String digest(MongoDatabase db) {
        CollectionDigest.Digest d = CollectionDigest.digest(db.getCollection(FundNamesProjection.NAMES));
        CollectionDigest.Digest documents = CollectionDigest.digest(db.getCollection(FundNamesProjection.DOCUMENTS));
        return d.documents() + " " + d.sha256() + " " + documents.documents() + " " + documents.sha256();
    }

    private static void feed(MongoDatabase db, MongoBodyDirectory directory, List<TrackedEventMessage<?>> messages,
            int batchSize) {
        for (TrackedEventMessage<?> m : messages) {
            if (m.getPayload() instanceof UnionBodyRegisteredEvent registered
                    && directory.find(registered.bodyId()).isEmpty()) {
                directory.record(registered);
            }
        }
        List<BatchProjection> projections = List.of(new BudgetProjection(db), new FundNamesProjection(db));
        for (int from = 0; from < messages.size(); from += batchSize) {
            List<TrackedEventMessage<?>> batch = messages.subList(from, Math.min(messages.size(), from + batchSize));
            for (BatchProjection projection : projections) {
                ShadowTarget target = ShadowTarget.of(projection);
                List<TrackedEventMessage<?>> mine = batch.stream().filter(target::handles).toList();
                if (!mine.isEmpty()) {
                    try {
                        target.apply(mine);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }
}
