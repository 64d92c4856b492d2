package org.unionfund.ledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.testsupport.GongshuCase.EARMARK;
import static org.unionfund.ledger.testsupport.GongshuCase.GONGSHU;
import static org.unionfund.ledger.testsupport.GongshuCase.LEDGER;
import static org.unionfund.ledger.testsupport.GongshuCase.ZJ_FUND;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.statistics.budget.BudgetProjection;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.statistics.earmark.EarmarkProjection;
import org.unionfund.ledger.statistics.earmark.EarmarkQueries;
import org.unionfund.ledger.statistics.earmark.EarmarkQueries.EarmarkFigures;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.CollectionDigest;
import org.unionfund.ledger.platform.projection.ShadowTarget;
import org.unionfund.ledger.testsupport.TestMongo;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.TripId;

import com.mongodb.client.MongoDatabase;

/**
 * The earmark projection fed with the real events of {@link StatisticsScenario} plus a direct cost of 10,000 on
 * Gongshu's earmarked line and B removed as a no-show afterwards. Gongshu's earmarked line NONPUB-NEWFORM then holds:
 * received 1,000,000; A's 1,740 (re-categorised as a rider and re-charged there; fits the earmark); B's 1,740 (a
 * courier; fits) reversed by the no-show removal; the direct cost 10,000 (names no participant).
 */
class EarmarkProjectionTest {

    private static StatisticsWorld world;
    private static List<TrackedEventMessage<?>> log;

    @BeforeAll
    static void scenario() {
        world = new StatisticsWorld(EarmarkProjectionTest.class);
        List<Object> commands = new ArrayList<>(StatisticsScenario.commands());
        commands.add(new PostSharedCostCommand(LEDGER, new PostingId("GS-EM-DIRECT-1"), "新就业形态专场宣传费",
                "publicity", LocalDate.of(2025, 7, 1), List.of(new SharedCostShare(GONGSHU, ZJ_FUND, EARMARK,
                        yuan(10_000)))));
        commands.add(new RemoveNoShowCommand(new TripId("T1"), new CorrectionId("K-T1-9"), new ParticipantId("B"),
                "found later: did not travel", LocalDate.of(2025, 7, 2)));
        world.run(commands);
        log = world.log();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    final class Fixture {
        final MongoDatabase db = TestMongo.freshDatabase(EarmarkProjectionTest.class);
        final MongoBodyDirectory directory = new MongoBodyDirectory(db);
        final EarmarkQueries queries = new EarmarkQueries(db, directory);
        List<BatchProjection> projections = instances();

        List<BatchProjection> instances() {
            return List.of(new BudgetProjection(db), new EarmarkProjection(db));
        }

        void feed(List<TrackedEventMessage<?>> messages, int batchSize) throws Exception {
            for (TrackedEventMessage<?> m : messages) {
                if (m.getPayload() instanceof UnionBodyRegisteredEvent registered
                        && directory.find(registered.bodyId()).isEmpty()) {
                    directory.record(registered);
                }
            }
            for (int from = 0; from < messages.size(); from += batchSize) {
                List<TrackedEventMessage<?>> batch = messages.subList(from, Math.min(messages.size(),
                        from + batchSize));
                for (BatchProjection projection : projections) {
                    ShadowTarget target = ShadowTarget.of(projection);
                    List<TrackedEventMessage<?>> mine = batch.stream().filter(target::handles).toList();
                    if (!mine.isEmpty()) {
                        target.apply(mine);
                    }
                }
            }
        }

        Map<String, String> digests() {
            Map<String, String> digests = new TreeMap<>();
            for (String name : projections.get(1).collectionNames()) {
                CollectionDigest.Digest d = CollectionDigest.digest(db.getCollection(name));
                digests.put(name, d.documents() + " " + d.sha256());
            }
            return digests;
        }
    }

    private Fixture reference() throws Exception {
        Fixture f = new Fixture();
        f.feed(log, 1000);
        return f;
    }

    @Test
    void compliance_is_eligible_spend_over_the_lines_spend_and_utilisation_spent_over_earmarked() throws Exception {
        Fixture f = reference();
        EarmarkQueries.EarmarkView gongshu = f.queries.earmarks(2025, GONGSHU.value(), false);
        assertThat(gongshu.lines()).singleElement().satisfies(line -> {
            assertThat(line.fund()).isEqualTo(ZJ_FUND.value());
            assertThat(line.earmark()).isEqualTo(EARMARK);
        });
        // spent 1,740 (A) + 10,000 direct; eligible 1,740; B's 1,740 was reversed with its eligible share
        assertThat(gongshu.totals()).isEqualTo(new EarmarkFigures("1000000.00", "11740.00", "1740.00", "10000.00",
                "0.148211", "0.0117400"));
        assertThat(gongshu.name()).isEqualTo("拱墅区总工会");
    }

    @Test
    void the_region_counts_earmarked_money_once_and_rolls_spend_up() throws Exception {
        Fixture f = reference();
        // Zhejiang's subtree: the 10,000,000 earmark established once; transfers down are internal
        EarmarkFigures zhejiang = f.queries.earmarks(2025, "330000", true).totals();
        assertThat(zhejiang).isEqualTo(new EarmarkFigures("10000000.00", "11740.00", "1740.00", "10000.00",
                "0.148211", "0.00117400"));
        // Hangzhou's own lines: received 4,000,000, passed 1,000,000 down to Gongshu, spent nothing
        EarmarkFigures hangzhouOwn = f.queries.earmarks(2025, "330100", false).totals();
        assertThat(hangzhouOwn).isEqualTo(new EarmarkFigures("3000000.00", "0.00", "0.00", "0.00", null,
                "0.000000"));

        EarmarkQueries.RegionsView regions = f.queries.regions(2025, "330100");
        assertThat(regions.total()).isEqualTo(new EarmarkFigures("4000000.00", "11740.00", "1740.00", "10000.00",
                "0.148211", "0.00293500"));
        assertThat(regions.rows()).extracting(EarmarkQueries.RegionRow::body, EarmarkQueries.RegionRow::subtree)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("330100", false),
                        org.assertj.core.groups.Tuple.tuple("330105", true),
                        org.assertj.core.groups.Tuple.tuple("330106", true));
        assertThat(regions.rows().get(1).figures().compliance()).isEqualTo("0.148211");
        assertThat(regions.rows().get(2).figures().earmarked()).isEqualTo("0.00");
        assertThat(regions.rows().get(2).figures().utilisation()).isNull();
    }

    @Test
    void batching_duplicates_and_restarts_do_not_change_the_documents() throws Exception {
        Map<String, String> expected = reference().digests();
        for (int size : new int[] {1, 7}) {
            Fixture f = new Fixture();
            f.feed(log, size);
            assertThat(f.digests()).as("batch size %d", size).isEqualTo(expected);
        }
        Fixture doubled = new Fixture();
        List<TrackedEventMessage<?>> twice = new ArrayList<>();
        for (TrackedEventMessage<?> m : log) {
            twice.add(m);
            twice.add(m);
        }
        doubled.feed(twice, 5);
        assertThat(doubled.digests()).isEqualTo(expected);

        Fixture again = new Fixture();
        again.feed(log.subList(0, log.size() / 2), 10);
        again.projections = again.instances();
        again.feed(log.subList(Math.max(0, log.size() / 2 - 25), log.size()), 10);
        assertThat(again.digests()).isEqualTo(expected);
    }
}
