package org.unionfund.ledger.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionfund.ledger.statistics.budget.BudgetProjection;
import org.unionfund.ledger.statistics.budget.BudgetQueries;
import org.unionfund.ledger.statistics.coverage.CoverageProjection;
import org.unionfund.ledger.statistics.coverage.CoverageQueries;
import org.unionfund.ledger.statistics.coverage.EventStoreTripHistory;
import org.unionfund.ledger.statistics.coverage.StatisticsPeriod;
import org.unionfund.ledger.funds.directory.MongoBodyDirectory;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersRegisteredEvent;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.statistics.matching.MatchingProjection;
import org.unionfund.ledger.statistics.matching.MatchingQueries;
import org.unionfund.ledger.platform.projection.BatchProjection;
import org.unionfund.ledger.platform.projection.CollectionDigest;
import org.unionfund.ledger.platform.projection.ShadowTarget;
import org.unionfund.ledger.testsupport.TestMongo;

import com.mongodb.client.MongoDatabase;

/**
 * The coverage, budget and matching projections fed directly with the real events of {@link StatisticsScenario}:
 * every figure against hand-computed values, then the same documents whatever the batching, with every event
 * delivered twice, after a crash and restart in the middle, and with a commit that arrives late (a gap).
 */
class StatisticsProjectionsTest {

    private static StatisticsWorld world;
    private static List<TrackedEventMessage<?>> log;

    @BeforeAll
    static void scenario() {
        world = new StatisticsWorld(StatisticsProjectionsTest.class);
        world.run(StatisticsScenario.commands());
        log = world.log();
    }

    @AfterAll
    static void close() {
        world.close();
    }

    /** Fresh projections on a fresh database, with the query services over it. */
    final class Fixture {
        final MongoDatabase db = TestMongo.freshDatabase(StatisticsProjectionsTest.class);
        final MongoBodyDirectory directory = new MongoBodyDirectory(db);
        List<BatchProjection> projections = instances(false);
        final CoverageQueries coverage = new CoverageQueries(db, directory);
        final BudgetQueries budgets = new BudgetQueries(db, directory);
        final MatchingQueries matching = new MatchingQueries(db, directory);

        List<BatchProjection> instances(boolean singleWriter) {
            List<BatchProjection> live = List.of(new CoverageProjection(db, new EventStoreTripHistory(
                    world.eventStore())), new BudgetProjection(db), new MatchingProjection(db));
            return singleWriter ? live.stream().map(p -> p.shadow(db, "", true)).toList() : live;
        }

        /** Simulates a restart: new instances (nothing cached) on the same collections. */
        void restart() {
            projections = instances(false);
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
            for (BatchProjection projection : projections) {
                for (String name : projection.collectionNames()) {
                    CollectionDigest.Digest d = CollectionDigest.digest(db.getCollection(name));
                    digests.put(name, d.documents() + " " + d.sha256());
                }
            }
            return digests;
        }

        CoverageQueries.Figures figures(String region, boolean subtree, String category, String ownership) {
            return coverage.figures(new CoverageQueries.Filter(StatisticsPeriod.ofYear(2025), region, subtree, null,
                    category, ownership));
        }

        Map<String, CoverageQueries.Item> breakdown(String by) {
            return coverage.breakdown(new CoverageQueries.Filter(StatisticsPeriod.ofYear(2025), "330100", true, null,
                    null, null), by).items().stream().collect(Collectors.toMap(CoverageQueries.Item::key, i -> i,
                            (a, b) -> a, TreeMap::new));
        }
    }

    private Fixture reference() throws Exception {
        Fixture f = new Fixture();
        f.feed(log, 1000);
        return f;
    }

    // ------------------------------------------------------------------ figures

    @Test
    void coverage_and_per_capita_figures_are_the_hand_computed_ones() throws Exception {
        Fixture f = reference();
        // Hangzhou's subtree 2025: T1 A (re-categorised NEW_FORM, re-charged to the earmark) and B (C removed as a
        // no-show, D never went, the family member is not a worker); T2 A again and E; T3 G.
        CoverageQueries.Figures hz = f.figures("330100", true, null, null);
        assertThat(hz.personTimes()).isEqualTo(5);
        assertThat(hz.distinctWorkers()).isEqualTo(4); // A went twice: once as a distinct worker
        assertThat(hz.participantDays()).isEqualTo(2 * 3 + 2 * 1 + 3);
        assertThat(hz.spend()).isEqualTo("5580.00"); // 2 × 1740 + 2 × 300 + 1500
        assertThat(hz.perPersonTime()).isEqualTo("1116.00");
        assertThat(hz.perDistinctWorker()).isEqualTo("1395.00");
        assertThat(hz.perParticipantDay()).isEqualTo("507.27"); // 5580 / 11 = 507.2727…
        assertThat(hz.eligibleWorkers()).isEqualTo(120 + 20 + 50 + 10); // Gongshu's FRONTLINE 100 corrected to 120
        assertThat(hz.coverageRate()).isEqualTo("0.0200");
        assertThat(hz.plannedHeadcount()).isEqualTo(2505);
        assertThat(hz.planCompletion()).isEqualTo("0.0016");
        assertThat(hz.newFormWorkers()).isEqualTo(2); // A (T1 record) and B
        assertThat(hz.newFormShare()).isEqualTo("0.5000");
        assertThat(hz.nonPublicWorkers()).isEqualTo(2); // B (non-public), G (platform); C was removed
        assertThat(hz.nonPublicShare()).isEqualTo("0.5000");
        assertThat(hz.trips()).isEqualTo(3);
        assertThat(hz.method()).isEqualTo(CoverageQueries.PRE_AGGREGATED);

        // The province rolls up the same; Gongshu's own programmes and Xihu's.
        assertThat(f.figures("330000", true, null, null)).isEqualTo(withRegion(hz, "330000"));
        CoverageQueries.Figures gs = f.figures("330105", false, null, null);
        assertThat(List.of(gs.personTimes(), gs.distinctWorkers(), gs.participantDays())).containsExactly(3L, 3L, 9L);
        assertThat(gs.spend()).isEqualTo("4980.00");
        assertThat(gs.eligibleWorkers()).isEqualTo(140);
        assertThat(gs.plannedHeadcount()).isEqualTo(2500);
        CoverageQueries.Figures xh = f.figures("330106", true, null, null);
        assertThat(List.of(xh.personTimes(), xh.distinctWorkers(), xh.participantDays())).containsExactly(2L, 2L, 2L);
        assertThat(xh.spend()).isEqualTo("600.00");
        assertThat(xh.coverageRate()).isEqualTo("0.0333"); // 2 / 60

        // Filters: category (with eligible and coverage) and category × ownership.
        CoverageQueries.Figures frontline = f.figures("330100", true, "FRONTLINE", null);
        assertThat(List.of(frontline.personTimes(), frontline.distinctWorkers())).containsExactly(2L, 2L);
        assertThat(frontline.eligibleWorkers()).isEqualTo(170);
        assertThat(frontline.coverageRate()).isEqualTo("0.0118");
        assertThat(frontline.plannedHeadcount()).isNull();
        CoverageQueries.Figures stateOwnedFrontline = f.figures("330100", true, "FRONTLINE", "STATE_OWNED");
        assertThat(stateOwnedFrontline.personTimes()).isEqualTo(1); // A on T2
        assertThat(stateOwnedFrontline.eligibleWorkers()).isNull();

        // A programme, a month, and an arbitrary date range (exact trip scan).
        CoverageQueries.Figures programme = f.coverage.figures(new CoverageQueries.Filter(StatisticsPeriod.ofYear(
                2025), null, true, "GS-2025-LIAOXIU", null, null));
        assertThat(List.of(programme.personTimes(), programme.distinctWorkers())).containsExactly(3L, 3L);
        assertThat(programme.plannedHeadcount()).isEqualTo(2500);
        assertThat(programme.planCompletion()).isEqualTo("0.0012");
        CoverageQueries.Figures june = f.coverage.figures(new CoverageQueries.Filter(StatisticsPeriod.of(null,
                "2025-06", null, null), "330100", true, null, null, null));
        assertThat(List.of(june.personTimes(), june.distinctWorkers(), june.participantDays()))
                .containsExactly(3L, 3L, 5L);
        assertThat(june.spend()).isEqualTo("2100.00");
        CoverageQueries.Figures range = f.coverage.figures(new CoverageQueries.Filter(StatisticsPeriod.of(null, null,
                LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 15)), "330100", true, null, null, null));
        assertThat(range.method()).isEqualTo(CoverageQueries.TRIP_SCAN);
        assertThat(List.of(range.personTimes(), range.distinctWorkers(), range.participantDays()))
                .containsExactly(4L, 3L, 8L); // T1 (A, B) and T2 (A, E): A once
        assertThat(range.spend()).isEqualTo("4080.00");
        assertThat(range.eligibleWorkers()).isEqualTo(200);
        assertThat(range.coverageRate()).isEqualTo("0.0150");
        // The scan agrees with the pre-aggregated year when given the whole year as a range.
        CoverageQueries.Figures yearAsRange = f.coverage.figures(new CoverageQueries.Filter(StatisticsPeriod.of(null,
                null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), "330100", true, null, null, null));
        assertThat(yearAsRange).isEqualTo(hz);
    }

    private static CoverageQueries.Figures withRegion(CoverageQueries.Figures f, String region) {
        return new CoverageQueries.Figures(f.period(), f.method(), region, f.subtree(), f.programme(), f.category(),
                f.ownership(), f.personTimes(), f.distinctWorkers(), f.participantDays(), f.spend(),
                f.perPersonTime(), f.perDistinctWorker(), f.perParticipantDay(), f.eligibleWorkers(), f.coverageRate(),
                f.plannedHeadcount(), f.planCompletion(), f.newFormWorkers(), f.newFormShare(), f.nonPublicWorkers(),
                f.nonPublicShare(), f.trips());
    }

    @Test
    void breakdowns_are_the_hand_computed_ones() throws Exception {
        Fixture f = reference();
        Map<String, CoverageQueries.Item> category = f.breakdown("category");
        assertThat(category.keySet()).containsExactly("FRONTLINE", "MODEL_WORKER", "NEW_FORM");
        assertItem(category.get("FRONTLINE"), 2, 2, 4, "1800.00");
        assertThat(category.get("FRONTLINE").eligibleWorkers()).isEqualTo(170);
        assertItem(category.get("MODEL_WORKER"), 1, 1, 1, "300.00");
        assertThat(category.get("MODEL_WORKER").coverageRate()).isEqualTo("0.1000");
        assertItem(category.get("NEW_FORM"), 2, 2, 6, "3480.00");
        assertThat(category.get("NEW_FORM").coverageRate()).isEqualTo("0.1000");

        Map<String, CoverageQueries.Item> ownership = f.breakdown("ownership");
        assertItem(ownership.get("STATE_OWNED"), 3, 2, 5, "2340.00"); // A (T1, T2) and E
        assertItem(ownership.get("NON_PUBLIC"), 1, 1, 3, "1740.00");
        assertItem(ownership.get("PLATFORM"), 1, 1, 3, "1500.00");

        Map<String, CoverageQueries.Item> subtype = f.breakdown("subtype");
        assertThat(subtype.keySet()).containsExactly("COURIER", "DELIVERY_RIDER");

        Map<String, CoverageQueries.Item> length = f.breakdown("trip-length");
        assertItem(length.get("3"), 3, 3, 9, "4980.00");
        assertItem(length.get("1"), 2, 2, 2, "600.00");

        Map<String, CoverageQueries.Item> month = f.breakdown("month");
        assertThat(month).hasSize(12);
        assertItem(month.get("2025-05"), 2, 2, 6, "3480.00");
        assertItem(month.get("2025-06"), 3, 3, 5, "2100.00");
        assertItem(month.get("2025-07"), 0, 0, 0, "0.00");

        Map<String, CoverageQueries.Item> region = f.breakdown("region");
        assertThat(region.keySet()).containsExactly("330100", "330105", "330106");
        assertItem(region.get("330105"), 3, 3, 9, "4980.00");
        assertThat(region.get("330105").eligibleWorkers()).isEqualTo(140);
        assertItem(region.get("330106"), 2, 2, 2, "600.00");
        assertItem(region.get("330100"), 0, 0, 0, "0.00");

        Map<String, CoverageQueries.Item> destination = f.breakdown("destination");
        assertItem(destination.get("ANJI-BASE"), 4, 3, 8, "4080.00");
        assertItem(destination.get("AKSU"), 1, 1, 3, "1500.00");

        Map<String, CoverageQueries.Item> fund = f.breakdown("fund");
        assertItem(fund.get("ZJ-2025-RECUP|NONPUB-NEWFORM"), 2, 2, 6, "3480.00");
        assertItem(fund.get("GS-2025-RECUP|"), 1, 1, 3, "1500.00");
        assertItem(fund.get("XH-2025-RECUP|"), 2, 2, 2, "600.00");
    }

    private static void assertItem(CoverageQueries.Item item, long pt, long distinct, long days, String spend) {
        assertThat(item).isNotNull();
        assertThat(List.of(item.personTimes(), item.distinctWorkers(), item.participantDays()))
                .as(item.key()).containsExactly(pt, distinct, days);
        assertThat(item.spend()).as(item.key()).isEqualTo(spend);
    }

    @Test
    void budget_figures_are_the_hand_computed_ones() throws Exception {
        Fixture f = reference();
        BudgetQueries.BudgetView gs = f.budgets.budget(2025, "330105", false, null, null);
        assertThat(gs.totals().established()).isEqualTo("2000000.00");
        assertThat(gs.totals().received()).isEqualTo("1100000.00");
        assertThat(gs.totals().matched()).isEqualTo("50000.00");
        assertThat(gs.totals().budget()).isEqualTo("3150000.00");
        assertThat(gs.totals().toProgrammes()).isEqualTo("2546000.00");
        assertThat(gs.totals().spent()).isEqualTo("4980.00");
        assertThat(gs.totals().reversed()).isEqualTo("3480.00"); // C's no-show and A's re-charge reversal
        assertThat(gs.totals().available()).isEqualTo("3145020.00");
        assertThat(gs.totals().programmeRemaining()).isEqualTo("2541020.00");
        assertThat(gs.totals().unprogrammed()).isEqualTo("604000.00");
        assertThat(gs.totals().executionRate()).isEqualTo("0.0016");
        Map<String, BudgetQueries.Line> lines = gs.lines().stream().collect(Collectors.toMap(
                l -> l.fund() + "|" + (l.earmark() == null ? "" : l.earmark()), l -> l));
        assertThat(lines.keySet()).containsExactlyInAnyOrder("ZJ-2025-RECUP|NONPUB-NEWFORM", "ZJ-2025-RECUP|",
                "A-HZ-GS-M|", "GS-2025-RECUP|");
        BudgetQueries.BudgetFigures earmark = lines.get("ZJ-2025-RECUP|NONPUB-NEWFORM").figures();
        assertThat(List.of(earmark.received(), earmark.toProgrammes(), earmark.spent(), earmark.reversed()))
                .containsExactly("1000000.00", "546000.00", "3480.00", "0.00");
        BudgetQueries.BudgetFigures own = lines.get("GS-2025-RECUP|").figures();
        assertThat(List.of(own.established(), own.toProgrammes(), own.spent(), own.reversed(), own.executionRate()))
                .containsExactly("2000000.00", "2000000.00", "1500.00", "3480.00", "0.0008");
        assertThat(gs.ownFunds()).containsExactly(new BudgetQueries.OwnFunds("RECUPERATION", "COUNTY", "2050000.00"));
        assertThat(gs.programmes()).containsExactly(new BudgetQueries.ProgrammeLine("GS-2025-LIAOXIU",
                "2546000.00", "4980.00", "3480.00", "2541020.00", "0.0020"));
        assertThat(gs.internalTransfers()).isNull();

        BudgetQueries.BudgetView hzOwn = f.budgets.budget(2025, "330100", false, null, null);
        assertThat(List.of(hzOwn.totals().received(), hzOwn.totals().allocatedDown(), hzOwn.totals().matched(),
                hzOwn.totals().budget())).containsExactly("5000000.00", "1300000.00", "900000.00", "4600000.00");

        // Consolidated: Hangzhou's transfers to Gongshu and Xihu are internal and count once.
        BudgetQueries.BudgetView hz = f.budgets.budget(2025, "330100", true, null, null);
        assertThat(List.of(hz.totals().established(), hz.totals().received(), hz.totals().allocatedDown(),
                hz.totals().matched(), hz.totals().budget(), hz.totals().spent(), hz.totals().available()))
                .containsExactly("2500000.00", "5000000.00", "0.00", "950000.00", "8450000.00", "5580.00",
                        "8444420.00");
        assertThat(hz.internalTransfers()).isEqualTo(new BudgetQueries.InternalTransfers("1300000.00",
                "1300000.00", "0.00", true));
        BudgetQueries.BudgetView zj = f.budgets.budget(2025, "330000", true, null, null);
        assertThat(List.of(zj.totals().established(), zj.totals().received(), zj.totals().budget(),
                zj.totals().spent())).containsExactly("22500000.00", "0.00", "23450000.00", "5580.00");
        assertThat(zj.internalTransfers().sent()).isEqualTo("6300000.00");
        assertThat(zj.internalTransfers().balanced()).isTrue();
        BudgetQueries.BudgetView earmarked = f.budgets.budget(2025, "330000", true, "ZJ-2025-RECUP", "NONPUB-NEWFORM");
        assertThat(List.of(earmarked.totals().established(), earmarked.totals().spent()))
                .containsExactly("10000000.00", "3480.00");

        BudgetQueries.ProgrammeBudgetView programme = f.budgets.programme("GS-2025-LIAOXIU");
        assertThat(List.of(programme.budget(), programme.spent(), programme.reversed(), programme.remaining(),
                programme.executionRate())).containsExactly("2546000.00", "4980.00", "3480.00", "2541020.00",
                        "0.0020");

        BudgetQueries.LeverageView leverage = f.budgets.leverage("330000", 2025, null);
        assertThat(leverage.provinceOwnFunds()).isEqualTo("20000000.00");
        assertThat(leverage.countyLevelAndAboveFunds()).isEqualTo("23450000.00");
        assertThat(leverage.byLevel()).containsEntry("CITY", "900000.00").containsEntry("COUNTY", "2550000.00");
        assertThat(leverage.leverage()).isEqualTo("1.1725");
    }

    @Test
    void matching_figures_are_the_hand_computed_ones() throws Exception {
        Fixture f = reference();
        MatchingQueries.RegionView zj = f.matching.region(2025, "330000", true);
        assertThat(List.of(zj.allocations(), zj.open(), zj.met(), zj.shortfalls())).containsExactly(2L, 0L, 1L, 1L);
        assertThat(List.of(zj.allocated(), zj.required(), zj.committedByDeadline(), zj.committedLate(),
                zj.matchingRatio(), zj.outstanding(), zj.shortfall())).containsExactly("1100000.00", "1050000.00",
                        "650000.00", "300000.00", "0.6190", "0.00", "400000.00");
        List<MatchingQueries.AllocationView> all = f.matching.allocations(2025, "330000", true, 0, 10).items();
        assertThat(all).extracting(MatchingQueries.AllocationView::allocationId)
                .containsExactly("A-HZ-GS-M", "A-ZJ-HZ-M");
        MatchingQueries.AllocationView late = all.get(1);
        assertThat(List.of(late.required(), late.committedByDeadline(), late.committedLate(), late.matchingRatio(),
                late.status(), late.shortfall())).containsExactly("1000000.00", "600000.00", "300000.00", "0.6000",
                        "SHORTFALL", "400000.00");
        MatchingQueries.AllocationView met = all.get(0);
        assertThat(List.of(met.required(), met.committedByDeadline(), met.matchingRatio(), met.status()))
                .containsExactly("50000.00", "50000.00", "1.0000", "MET");
        MatchingQueries.RegionView gs = f.matching.region(2025, "330105", false);
        assertThat(gs.allocations()).isEqualTo(1);
        assertThat(gs.matchingRatio()).isEqualTo("1.0000");
        assertThat(f.matching.allocations(2025, "330000", true, 1, 1).items())
                .extracting(MatchingQueries.AllocationView::allocationId).containsExactly("A-ZJ-HZ-M");
    }

    // ------------------------------------------------------------------ same documents however delivered

    @Test
    void batching_does_not_change_the_documents() throws Exception {
        Map<String, String> expected = reference().digests();
        for (int size : new int[] {1, 7}) {
            Fixture f = new Fixture();
            f.feed(log, size);
            assertThat(f.digests()).as("batch size %d", size).isEqualTo(expected);
        }
        Fixture singleWriter = new Fixture();
        singleWriter.projections = singleWriter.instances(true);
        singleWriter.feed(log, 13);
        assertThat(singleWriter.digests()).as("single-writer (rebuild) mode").isEqualTo(expected);
    }

    @Test
    void every_event_delivered_twice_changes_nothing() throws Exception {
        Map<String, String> expected = reference().digests();

        Fixture doubled = new Fixture();
        List<TrackedEventMessage<?>> twice = new ArrayList<>();
        for (TrackedEventMessage<?> m : log) {
            twice.add(m);
            twice.add(m);
        }
        doubled.feed(twice, 5); // duplicates inside a batch and across batch boundaries
        assertThat(doubled.digests()).isEqualTo(expected);

        Fixture again = new Fixture();
        again.feed(log, 1000);
        again.restart();
        again.feed(log, 64); // the whole log again, by new instances
        assertThat(again.digests()).isEqualTo(expected);
        assertThat(again.figures("330100", true, null, null).personTimes()).isEqualTo(5);
    }

    @Test
    void a_crash_between_projection_writes_and_token_redelivers_without_double_counting() throws Exception {
        Map<String, String> expected = reference().digests();
        for (int crashAt : new int[] {log.size() / 3, log.size() / 2, (2 * log.size()) / 3}) {
            Fixture f = new Fixture();
            f.feed(log.subList(0, crashAt), 10);
            // The token was stored at an earlier batch: the restarted processor gets everything after it again.
            f.restart();
            f.feed(log.subList(Math.max(0, crashAt - 25), log.size()), 10);
            assertThat(f.digests()).as("crash at %d", crashAt).isEqualTo(expected);
        }
    }

    @Test
    void a_commit_arriving_late_fills_its_gap_once() throws Exception {
        Map<String, String> expected = reference().digests();
        int late = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).getPayload() instanceof EligibleWorkersRegisteredEvent e
                    && e.registrationId().equals("REG-XH-1")) {
                late = i;
            }
        }
        long gap = index(log.get(late));
        List<TrackedEventMessage<?>> reordered = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (i == late) {
                continue;
            }
            TrackedEventMessage<?> m = log.get(i);
            long index = index(m);
            reordered.add(index > gap ? retoken(m, GapAwareTrackingToken.newInstance(index, List.of(gap))) : m);
        }
        reordered.add(log.get(late));
        Fixture f = new Fixture();
        f.feed(reordered, 6);
        assertThat(f.digests()).isEqualTo(expected);
        // delivered once more (it is no gap any more): nothing changes
        f.feed(List.of(log.get(late)), 1);
        assertThat(f.digests()).isEqualTo(expected);
    }

    private static long index(TrackedEventMessage<?> m) {
        return ((GapAwareTrackingToken) m.trackingToken()).getIndex();
    }

    private static TrackedEventMessage<?> retoken(TrackedEventMessage<?> m, GapAwareTrackingToken token) {
        return new GenericTrackedDomainEventMessage<>(token, (DomainEventMessage<?>) m);
    }

    @Test
    void the_log_has_what_the_scenario_needs() {
        List<String> types = log.stream().map(m -> m.getPayloadType().getSimpleName()).distinct().sorted().toList();
        assertThat(types).contains("TripSettledEvent", "NoShowRemovedEvent", "ParticipantCategoryChangedEvent",
                "ParticipantRechargedEvent", "EligibleWorkersRegisteredEvent", "MatchingShortfallRecordedEvent",
                "MatchingRequirementMetEvent");
        assertThat(Collections.frequency(log.stream().map(m -> m.getPayloadType().getSimpleName()).toList(),
                "TripSettledEvent")).isEqualTo(3);
    }
}
