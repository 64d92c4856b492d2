package org.unionfund.ledger.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.unionfund.ledger.demo.scenario.ApprovalScenario;
import org.unionfund.ledger.demo.scenario.DalianScenario;
import org.unionfund.ledger.demo.scenario.GuizhouScenario;
import org.unionfund.ledger.demo.scenario.ZhejiangScenario;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.SharedCostShare;
import org.unionfund.ledger.funds.api.SubsidyGrant;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.funds.api.YearSealedEvent;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersRegisteredEvent;
import org.unionfund.ledger.funds.query.MatchingStatuses;
import org.unionfund.ledger.funds.query.ApprovalReports;
import org.unionfund.ledger.funds.query.ProposalBook;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.query.ProgrammeReadModel;
import org.unionfund.ledger.recuperation.programme.query.ProgrammeView;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.messaging.MetadataKeys;
import org.unionfund.ledger.recuperation.standard.api.StandardTimeline;
import org.unionfund.ledger.recuperation.standard.query.StandardSchedules;
import org.unionfund.ledger.relief.query.ReliefFigures;
import org.unionfund.ledger.relief.query.ReliefReadModel;
import org.unionfund.ledger.testsupport.LedgerAppTest;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.query.TripReadModel;
import org.unionfund.ledger.recuperation.trip.query.TripView;
import org.unionfund.ledger.testsupport.Patience;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * The default demo dataset, loaded at start-up into a fresh store through the command path: the key facts of the
 * seed reports are in the log and the read models, every event is signed by the demo user, and neither a second
 * start nor a resumed (interrupted) load records anything more.
 */
@LedgerAppTest
@TestPropertySource(properties = {"ledger.demo.enabled=true", "ledger.matching.scheduler-enabled=false"})
class DemoDataLoadTest {

    @Autowired
    DemoDataLoader loader;
    @Autowired
    EventStore eventStore;
    @Autowired
    ProgrammeReadModel programmes;
    @Autowired
    TripReadModel trips;
    @Autowired
    StandardSchedules standards;
    @Autowired
    MongoDatabase database;
    @Autowired
    MatchingStatuses matching;
    @Autowired
    ReliefReadModel relief;
    @Autowired
    ProposalBook proposals;
    @Autowired
    ApprovalReports approvalReports;

    @Test
    void loads_the_seed_dataset_once_signed_by_the_demo_user() {
        DemoLoadReport report = loader.lastReport();
        assertThat(report).as("start-up load").isNotNull();
        assertThat(report.outcome()).isEqualTo(DemoLoadReport.Outcome.LOADED);
        System.out.printf("DEMO LOAD %s in %d ms: %d bodies, %d trips, %d participants, %d person-times, "
                + "%d commands, %d events%n", report.scale(), report.duration().toMillis(), report.bodies(),
                report.trips(), report.participantsEnrolled(), report.personTimes(), report.commandsSent(),
                report.events());

        List<TrackedEventMessage<?>> events = allEvents();
        assertThat(events).hasSize((int) report.events());

        // Every event is signed by the demo user, as SYSTEM, under the load's correlation id — except the
        // maker-checker steps at the end, signed by the clerk, reviewer or chair who took them.
        Set<String> signers = new HashSet<>();
        for (TrackedEventMessage<?> event : events) {
            String principal = (String) event.getMetaData().get(MetadataKeys.PRINCIPAL);
            signers.add(principal + "/" + event.getMetaData().get(MetadataKeys.ROLE));
            assertThat(event.getMetaData().get(MetadataKeys.CORRELATION_ID)).isEqualTo(report.correlationId());
        }
        assertThat(signers).containsExactlyInAnyOrder("demo-loader/SYSTEM", "zj-clerk/CLERK",
                "zj-reviewer/REVIEWER", "zj-chair/APPROVER");

        // The union trees: Zhejiang 1 + 11 cities + 90 county-level bodies; Guizhou; Dalian.
        Map<String, Long> bodiesPerLedger = new HashMap<>();
        payloads(events, UnionBodyRegisteredEvent.class)
                .forEach(b -> bodiesPerLedger.merge(b.ledgerId().rootBodyId(), 1L, Long::sum));
        assertThat(bodiesPerLedger).containsEntry("330000", 102L).containsEntry("520000", 17L)
                .containsEntry("210200", 11L);

        // Zhejiang's provincial funds: 10M, 10M, 20M of which 10M earmarked for non-public and new-form workers.
        Map<String, FundEstablishedEvent> funds = new HashMap<>();
        payloads(events, FundEstablishedEvent.class).forEach(f -> funds.put(f.fundId().value(), f));
        assertThat(funds.get("ZJ-2023-RECUP").total()).isEqualTo(Money.ofYuan(10_000_000));
        assertThat(funds.get("ZJ-2024-RECUP").total()).isEqualTo(Money.ofYuan(10_000_000));
        FundEstablishedEvent zj2025 = funds.get("ZJ-2025-RECUP");
        assertThat(zj2025.total()).isEqualTo(Money.ofYuan(20_000_000));
        assertThat(zj2025.earmarks()).extracting(Earmark::code, Earmark::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ZhejiangScenario.EARMARK,
                        Money.ofYuan(10_000_000)));
        assertThat(zj2025.earmarks().get(0).eligibility()).isEqualTo(ZhejiangScenario.EARMARK_ELIGIBILITY);

        // Gongshu 2025: 2,546,000 for 2,500 workers; SF 80 and Meituan 71 on dedicated trips.
        ProgrammeView gongshu = programmes.find(new ProgrammeId(ZhejiangScenario.GONGSHU_PROGRAMME)).orElseThrow();
        assertThat(gongshu.totals().budget()).isEqualTo("2546000.00");
        assertThat(gongshu.plannedHeadcount()).isEqualTo(2_500);
        assertThat(gongshu.bodyId()).isEqualTo("330105");
        assertThat(gongshu.lines()).anySatisfy(line -> {
            assertThat(line.earmark()).isEqualTo(ZhejiangScenario.EARMARK);
            assertThat(line.budget()).isEqualTo("546000.00");
        });
        assertThat(gongshu.totals().personTimes()).isBetween(2_300, 2_500);
        TripView sf = trips.find(new TripId(ZhejiangScenario.SF_TRIP)).orElseThrow();
        assertThat(sf.totals().enrolled()).isEqualTo(80);
        assertThat(sf.totals().attended()).isEqualTo(80);
        assertThat(sf.participants()).allSatisfy(p -> {
            assertThat(p.employerName()).isEqualTo("顺丰速运");
            assertThat(p.newFormSubtype()).isEqualTo("COURIER");
            assertThat(p.earmark()).isEqualTo(ZhejiangScenario.EARMARK);
        });
        TripView meituan = trips.find(new TripId(ZhejiangScenario.MEITUAN_TRIP)).orElseThrow();
        assertThat(meituan.totals().enrolled()).isEqualTo(71);
        assertThat(meituan.participants()).allSatisfy(p -> assertThat(p.employerName()).isEqualTo("美团"));
        TripView others = trips.find(new TripId(ZhejiangScenario.OTHER_NEW_FORM_TRIP)).orElseThrow();
        assertThat(others.totals().enrolled()).isEqualTo(50);
        assertThat(others.settlement().noShows()).isEqualTo(3);

        // Standards: 400 before 2020, 600 from 2020; a 2019 trip was judged by 400.
        await().atMost(Patience.HANG_GUARD).untilAsserted(() -> {
            StandardTimeline cap = standards.timelines(List.of("330000:DAILY_PRICE_CAP")).get("330000:DAILY_PRICE_CAP");
            assertThat(cap).isNotNull();
            assertThat(cap.inForceOn(LocalDate.of(2019, 6, 1)).orElseThrow().value().amount())
                    .isEqualTo(Money.ofYuan(400));
            assertThat(cap.inForceOn(LocalDate.of(2025, 6, 1)).orElseThrow().value().amount())
                    .isEqualTo(Money.ofYuan(600));
        });
        assertThat(trips.find(new TripId(ZhejiangScenario.TRIP_2019)).orElseThrow().priceCap().amount())
                .isEqualTo("400.00");
        assertThat(sf.priceCap().amount()).isEqualTo("600.00");

        // Guizhou: 5,000,000 a year 2022–2025 in fixed subsidies to county unions.
        List<FixedSubsidiesGrantedEvent> subsidies = payloads(events, FixedSubsidiesGrantedEvent.class);
        assertThat(subsidies).hasSize(4);
        Set<Integer> years = new HashSet<>();
        for (FixedSubsidiesGrantedEvent grant : subsidies) {
            years.add(grant.year());
            assertThat(grant.grants().stream().map(SubsidyGrant::amount).reduce(Money.ZERO, Money::plus))
                    .isEqualTo(GuizhouScenario.YEARLY);
        }
        assertThat(years).containsExactlyInAnyOrder(2022, 2023, 2024, 2025);

        // Dalian: every social-worker payment is split 50/50 between the city and a district.
        List<SharedCostPostedEvent> pay = payloads(events, SharedCostPostedEvent.class);
        assertThat(pay).hasSize(40);
        Money city = Money.ZERO;
        Money districts = Money.ZERO;
        for (SharedCostPostedEvent posting : pay) {
            assertThat(posting.shares()).hasSize(2);
            SharedCostShare cityShare = posting.shares().get(0);
            SharedCostShare districtShare = posting.shares().get(1);
            assertThat(cityShare.bodyId().value()).isEqualTo(DalianScenario.ROOT);
            assertThat(districtShare.bodyId().value()).startsWith("2102").isNotEqualTo(DalianScenario.ROOT);
            assertThat(cityShare.amount()).isEqualTo(districtShare.amount());
            city = city.plus(cityShare.amount());
            districts = districts.plus(districtShare.amount());
        }
        assertThat(city).isEqualTo(districts);

        // Zhejiang's 2023 and 2024 are closed for every body, once, and money is carried into the next year.
        List<YearClosedEvent> closes = payloads(events, YearClosedEvent.class);
        assertThat(closes).hasSize(2 * 102);
        assertThat(closes.stream().map(c -> c.bodyId().value() + "/" + c.year()).distinct()).hasSize(2 * 102);
        assertThat(closes).allSatisfy(c -> assertThat(c.ledgerId().rootBodyId()).isEqualTo("330000"));
        assertThat(closes).anySatisfy(c -> assertThat(c.posting().legs()).isNotEmpty());
        // ... and every closed year is sealed (the dashboard's 年终结账 page lists them), after all the closes.
        List<YearSealedEvent> seals = payloads(events, YearSealedEvent.class);
        assertThat(seals.stream().map(s -> s.bodyId().value() + "/" + s.year()).toList())
                .containsExactlyElementsOf(closes.stream().map(c -> c.bodyId().value() + "/" + c.year()).toList());
        List<String> types = events.stream().map(e -> e.getPayloadType().getSimpleName()).toList();
        int afterCloses = types.lastIndexOf("YearClosedEvent") + 1;
        assertThat(types.subList(afterCloses, afterCloses + seals.size())).containsOnly("YearSealedEvent");
        // Relief (Beijing, Fushun) and then maker-checker come after the seals, so earlier demo events stay as they were.
        int approvalsFrom = fundEstablished(events, ApprovalScenario.ZJ_FUND.value());
        assertThat(approvalsFrom).isGreaterThan(afterCloses + seals.size());
        DemoApprovalChecks.verify(events.subList(approvalsFrom, events.size()), proposals, approvalReports);

        // Eligible workers (the coverage denominators) for every body and year with trips, Gongshu 2025 among them.
        List<EligibleWorkersRegisteredEvent> eligible = payloads(events, EligibleWorkersRegisteredEvent.class);
        assertThat(eligible).anySatisfy(e -> {
            assertThat(e.bodyId().value()).isEqualTo("330105");
            assertThat(e.year()).isEqualTo(2025);
            assertThat(e.bodyPath()).extracting(b -> b.value()).containsExactly("330105", "330100", "330000");
        });
        assertThat(eligible).allSatisfy(e -> assertThat(e.counts()).isNotEmpty().allSatisfy(count ->
                assertThat(count.count()).isPositive().isEqualTo(count.count() / 4 * 4)));

        // A second start on the same store loads nothing more.
        loader.onApplicationReady();
        assertThat(loader.lastReport().outcome()).isEqualTo(DemoLoadReport.Outcome.SKIPPED_ALREADY_LOADED);
        assertThat(eventStore.createHeadToken().position().orElseThrow()).isEqualTo(report.events());

        // An interrupted load (crash mid-way) is sent again on the next start; everything comes back as a repeat.
        // (Once the matching read model has caught up, evaluations already recorded are not even sent again.)
        await().atMost(Patience.HANG_GUARD).until(() -> matching.open().isEmpty());
        database.getCollection(DemoLoadMarker.COLLECTION).updateOne(Filters.eq("_id", "load"),
                Updates.set("state", "STARTED"));
        DemoLoadReport resumed = loader.loadIfNeeded();
        assertThat(resumed.outcome()).isEqualTo(DemoLoadReport.Outcome.RESUMED);
        assertThat(resumed.commandsSent()).isEqualTo(report.commandsSent());
        assertThat(resumed.commandsRecorded()).isZero();
        assertThat(resumed.events()).isZero();
        Document marker = database.getCollection(DemoLoadMarker.COLLECTION).find(Filters.eq("_id", "load")).first();
        assertThat(marker.getString("state")).isEqualTo("COMPLETED");
    }

    private static int fundEstablished(List<TrackedEventMessage<?>> events, String fund) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getPayload() instanceof FundEstablishedEvent f && f.fundId().value().equals(fund)) {
                return i;
            }
        }
        throw new AssertionError("no FundEstablishedEvent of " + fund);
    }

    /** Every stored event, read until the stream has delivered as many as the commit documents hold. */
    private List<TrackedEventMessage<?>> allEvents() {
        long stored = 0;
        for (Document commit : database.getCollection("events").find()) {
            stored += commit.getList("events", Document.class).size();
        }
        List<TrackedEventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (events.size() < stored
                    && stream.hasNextAvailable((int) Patience.HANG_GUARD.toSeconds(), TimeUnit.SECONDS)) {
                events.add(stream.nextAvailable());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return events;
    }

    private static <T> List<T> payloads(List<TrackedEventMessage<?>> events, Class<T> type) {
        return events.stream().filter(e -> type.isAssignableFrom(e.getPayloadType()))
                .map(e -> type.cast(e.getPayload())).toList();
    }

    @Test
    void loads_the_beijing_relief_campaign_and_the_fushun_screening_and_subsidies() {
        await().atMost(Patience.HANG_GUARD).until(() -> relief.figures("210400", 2024).persons() == 1_113 + 71);
        ReliefFigures fushun = relief.figures("210400", 2024);
        assertThat(fushun.byGroup()).extracting(ReliefFigures.GroupRow::group, ReliefFigures.GroupRow::persons,
                ReliefFigures.GroupRow::amount, ReliefFigures.GroupRow::coverage).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("HARDSHIP_WOMEN", 1_113L, "299998.02", "1.0000"),
                        org.assertj.core.groups.Tuple.tuple("SPECIAL_ILLNESS", 71L, "706000.00", null));
        assertThat(fushun.budget()).isEqualTo("1010000.00");
        assertThat(fushun.byKind()).extracting(ReliefFigures::kind).containsExactly("SCREENING", "SUBSIDY");

        await().atMost(Patience.HANG_GUARD).until(() -> relief.figures("110000", 2021).byRegion().size() == 16
                && relief.figures("110000", 2021).byGroup().stream().allMatch(g -> g.eligible() != null));
        ReliefFigures beijing = relief.figures("110000", 2021);
        assertThat(beijing.budget()).isEqualTo("10000000.00");
        assertThat(beijing.persons()).isBetween(390L, 410L);
        assertThat(beijing.byGroup()).hasSize(8).allSatisfy(g -> {
            assertThat(g.persons()).isPositive();
            assertThat(g.coverage()).isEqualTo("0.5000");
        });
        assertThat(beijing.byRegion()).extracting(ReliefFigures.RegionRow::bodyId).contains("110101", "110105",
                "110108", "110119");
    }
}
