package org.unionfund.ledger.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleCountChange;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersId;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersRegisteredEvent;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.funds.api.ReversalId;
import org.unionfund.ledger.funds.api.ReversalLeg;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.TripAddedToProgrammeEvent;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.JudgedStandard;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;
import org.unionfund.ledger.recuperation.trip.api.NoShowRemovedEvent;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCharge;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.ParticipantsEnrolledEvent;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripScheduledEvent;
import org.unionfund.ledger.recuperation.trip.api.TripSettledEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerFundedEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerFundingReleasedEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerHistoryId;

/**
 * A Zhejiang-shaped province-year of recuperation events written straight into the event store (the events the
 * command handlers record, without running them): 100 regional bodies (the province, 11 cities, 88 counties), the
 * province fund with its non-public/new-form earmark, allocations to cities (with 1:1 matching requirements, some
 * met late) and counties, a programme per county, eligible-worker counts, and trips of 40–200 participants.
 * Participants sign up one at a time (one enrolment event each; the sign-ups of a wave of 40 trips interleave and
 * are imported 25 to a commit); about 4 % do not show up; settlement records the trip, the ledger posting and one
 * worker funding per attendee; afterwards 2 % are removed as no-shows (3 events) and 0.5 % re-categorised. About 2
 * events per participant; 3 % of the workers go on a second trip.
 */
final class ZhejiangGenerator {

    static final LedgerId LEDGER = new LedgerId("330000");
    static final BodyId PROVINCE = new BodyId("330000");
    static final FundId PROVINCE_FUND = new FundId("ZJ-2025-RECUP");
    static final String EARMARK = "NONPUB-NEWFORM";
    static final int YEAR = 2025;
    static final int CITIES = 11;
    static final int COUNTIES_PER_CITY = 8;
    static final int WAVE = 40;
    static final int IMPORT = 25;
    private static final String FP = "sha256:benchmark";

    private final Random random;
    private final int targetEvents;
    private final EventStorageEngine engine;
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<String> counties = new ArrayList<>();
    private final Map<String, List<BodyId>> paths = new HashMap<>();
    private final List<String> recentWorkers = new ArrayList<>();

    long events;
    long commits;
    long participants;
    long attendances;
    long trips;
    long workers;

    ZhejiangGenerator(EventStorageEngine engine, int targetEvents, long seed) {
        this.engine = engine;
        this.targetEvents = targetEvents;
        this.random = new Random(seed);
    }

    void generate(Consumer<String> progress) {
        setup();
        int wave = 0;
        while (events < targetEvents) {
            wave(wave++);
            if (wave % 10 == 0) {
                progress.accept(String.format("generated %,d events (%,d trips, %,d participants)", events, trips,
                        participants));
            }
        }
        matchingOutcomes();
    }

    List<String> counties() {
        return counties;
    }

    // ------------------------------------------------------------------ setup: tree, funds, programmes

    private void setup() {
        List<DomainEventMessage<?>> commit = new ArrayList<>();
        commit.add(ledger(new UnionBodyRegisteredEvent(LEDGER, PROVINCE, "浙江省总工会", UnionBodyLevel.PROVINCE, null)));
        paths.put(PROVINCE.value(), List.of(PROVINCE));
        for (int c = 1; c <= CITIES; c++) {
            BodyId city = new BodyId(String.format("33%02d00", c));
            commit.add(ledger(new UnionBodyRegisteredEvent(LEDGER, city, "市总工会" + c, UnionBodyLevel.CITY,
                    PROVINCE)));
            paths.put(city.value(), List.of(city, PROVINCE));
            for (int k = 1; k <= COUNTIES_PER_CITY; k++) {
                BodyId county = new BodyId(String.format("33%02d%02d", c, k));
                commit.add(ledger(new UnionBodyRegisteredEvent(LEDGER, county, "区县总工会" + c + "-" + k,
                        UnionBodyLevel.COUNTY, city)));
                paths.put(county.value(), List.of(county, city, PROVINCE));
                counties.add(county.value());
            }
        }
        append(commit);

        Money total = Money.ofYuan(20_000_000);
        Money earmarked = Money.ofYuan(10_000_000);
        append(List.of(ledger(new FundEstablishedEvent(LEDGER, PROVINCE_FUND, PROVINCE, YEAR, FundPurpose.RECUPERATION,
                total, List.of(new Earmark(EARMARK, earmarked, new EarmarkEligibility(
                        Set.of(EmployerOwnership.NON_PUBLIC, EmployerOwnership.PLATFORM),
                        Set.of(WorkerCategory.NEW_FORM)))),
                posting("F-ZJ", LocalDate.of(YEAR, 1, 10), leg(AccountRef.source(PROVINCE, YEAR), total.negate()),
                        leg(fund(PROVINCE, null), total.minus(earmarked)), leg(fund(PROVINCE, EARMARK), earmarked)),
                FP))));
        for (int c = 1; c <= CITIES; c++) {
            BodyId city = new BodyId(String.format("33%02d00", c));
            allocate("A-ZJ-" + city.value() + "-E", PROVINCE, city, EARMARK, Money.ofYuan(900_000), null);
            allocate("A-ZJ-" + city.value() + "-M", PROVINCE, city, null, Money.ofYuan(800_000),
                    new MatchingRequirement(10_000, LocalDate.of(YEAR, 6, 30)));
            long committed = 400_000 + random.nextInt(5) * 100_000;
            MatchingFundsCommittedEvent commitment = new MatchingFundsCommittedEvent(LEDGER,
                    new CommitmentId("M-" + city.value()), new AllocationId("A-ZJ-" + city.value() + "-M"), city,
                    new FundId("A-ZJ-" + city.value() + "-M"), FundPurpose.RECUPERATION, Money.ofYuan(committed), false,
                    posting("M-" + city.value(), LocalDate.of(YEAR, 5, 20),
                            leg(AccountRef.source(city, YEAR), Money.ofYuan(-committed)),
                            leg(AccountRef.fund(city, YEAR, new FundId("A-ZJ-" + city.value() + "-M"), null),
                                    Money.ofYuan(committed))), FP);
            append(List.of(ledger(commitment)));
            for (int k = 1; k <= COUNTIES_PER_CITY; k++) {
                BodyId county = new BodyId(String.format("33%02d%02d", c, k));
                allocate("A-" + city.value() + "-" + county.value(), city, county, EARMARK, Money.ofYuan(100_000),
                        null);
                countySetup(county);
            }
        }
    }

    private void countySetup(BodyId county) {
        FundId own = ownFund(county.value());
        Money ownTotal = Money.ofYuan(3_000_000);
        append(List.of(ledger(new FundEstablishedEvent(LEDGER, own, county, YEAR, FundPurpose.RECUPERATION, ownTotal,
                List.of(), posting("F-" + county.value(), LocalDate.of(YEAR, 1, 15),
                        leg(AccountRef.source(county, YEAR), ownTotal.negate()), leg(fund(county, null), ownTotal)),
                FP))));
        ProgrammeId programme = programme(county.value());
        Money earmarkBudget = Money.ofYuan(100_000);
        Money ownBudget = Money.ofYuan(2_900_000);
        List<ProgrammeBudgetLine> lines = List.of(new ProgrammeBudgetLine(PROVINCE_FUND, EARMARK, earmarkBudget),
                new ProgrammeBudgetLine(own, null, ownBudget));
        List<DomainEventMessage<?>> open = new ArrayList<>();
        open.add(message("RecuperationProgramme", programme.toString(), new ProgrammeOpenedEvent(programme, LEDGER,
                county, paths.get(county.value()), YEAR, "疗休养 " + county.value(), 2_000 + random.nextInt(2_000),
                EnumSet.allOf(WorkerCategory.class), List.of(1, 2, 3, 5), FrequencyRule.ONCE_PER_YEAR, null,
                new PostingId(programme.value()), lines, FP)));
        open.add(ledger(new ProgrammeBudgetAllocatedEvent(LEDGER, new PostingId(programme.value()), programme.value(),
                county, YEAR, lines, posting(programme.value(), LocalDate.of(YEAR, 2, 20),
                        leg(AccountRef.fund(county, YEAR, PROVINCE_FUND, EARMARK), earmarkBudget.negate()),
                        leg(AccountRef.programme(county, YEAR, PROVINCE_FUND, EARMARK, programme.value()),
                                earmarkBudget),
                        leg(fund(county, null, own), ownBudget.negate()),
                        leg(AccountRef.programme(county, YEAR, own, null, programme.value()), ownBudget)), FP)));
        append(open);
        EligibleWorkersId register = new EligibleWorkersId(county);
        append(List.of(message("EligibleWorkersRegister", register.toString(), new EligibleWorkersRegisteredEvent(
                register, "REG-" + county.value(), LEDGER, county, paths.get(county.value()), YEAR, List.of(
                        new EligibleCountChange(WorkerCategory.FRONTLINE, 40_000 + random.nextInt(20_000), 0),
                        new EligibleCountChange(WorkerCategory.NEW_FORM, 5_000 + random.nextInt(5_000), 0),
                        new EligibleCountChange(WorkerCategory.MODEL_WORKER, 1_000 + random.nextInt(500), 0),
                        new EligibleCountChange(WorkerCategory.HARDSHIP, 800 + random.nextInt(400), 0)), FP))));
    }

    private void allocate(String id, BodyId from, BodyId to, String earmark, Money amount,
            MatchingRequirement matching) {
        append(List.of(ledger(new FundsAllocatedEvent(LEDGER, new AllocationId(id), from, to, PROVINCE_FUND, earmark,
                amount, matching, matching == null ? null : amount, posting(id, LocalDate.of(YEAR, 2, 1),
                        leg(AccountRef.fund(from, YEAR, PROVINCE_FUND, earmark), amount.negate()),
                        leg(AccountRef.fund(to, YEAR, PROVINCE_FUND, earmark), amount)), FP))));
    }

    private void matchingOutcomes() {
        for (int c = 1; c <= CITIES; c++) {
            BodyId city = new BodyId(String.format("33%02d00", c));
            AllocationId allocation = new AllocationId("A-ZJ-" + city.value() + "-M");
            // what the city committed is re-derived from the setup's seeded amounts only approximately; the
            // evaluation figures are the projection's input, not checked against the commitments here
            Money required = Money.ofYuan(800_000);
            Money committed = Money.ofYuan(c % 3 == 0 ? 800_000 : 600_000);
            Instant at = Instant.parse("2025-06-30T16:00:00Z");
            Object outcome = c % 3 == 0
                    ? new MatchingRequirementMetEvent(LEDGER, allocation, city, LocalDate.of(YEAR, 6, 30), required,
                            committed, at)
                    : new MatchingShortfallRecordedEvent(LEDGER, allocation, city, LocalDate.of(YEAR, 6, 30), required,
                            committed, required.minus(committed), at);
            append(List.of(ledger(outcome)));
        }
    }

    // ------------------------------------------------------------------ trips

    private record Person(String participant, String worker, WorkerCategory category, NewFormSubtype subtype,
            EmployerOwnership ownership) {
    }

    private record PlannedTrip(TripId id, String county, ProgrammeId programme, LocalDate start, int days, Money price,
            String destination, List<Person> people) {
    }

    private void wave(int wave) {
        List<PlannedTrip> planned = new ArrayList<>();
        for (int i = 0; i < WAVE; i++) {
            String county = counties.get(random.nextInt(counties.size()));
            int days = pick(new int[] {3, 3, 3, 3, 3, 3, 1, 1, 2, 5, 5, 5});
            long perDay = 300 + 10L * random.nextInt(31);
            LocalDate start = LocalDate.of(YEAR, 3, 1).plusDays(Math.min(270, wave * 270L / 200 + random.nextInt(5)));
            TripId id = new TripId(String.format("T-%05d-%02d", wave, i));
            String destination = "BASE-" + (1 + random.nextInt(60));
            int size = 40 + random.nextInt(161);
            List<Person> people = new ArrayList<>(size);
            for (int p = 0; p < size; p++) {
                people.add(person(p));
            }
            planned.add(new PlannedTrip(id, county, programme(county), start, days, Money.ofYuan(perDay), destination,
                    people));
            trips++;
        }
        for (PlannedTrip t : planned) {
            append(List.of(message("Trip", t.id().toString(), new TripScheduledEvent(t.id(), t.programme(), LEDGER,
                    new BodyId(t.county()), YEAR, new ContractorId("AGENCY-" + t.county()),
                    new DestinationId(t.destination()), "330523",
                    false, t.start(), t.days(), t.price(), t.price().times(t.days()),
                    new JudgedStandard(StandardKind.DAILY_PRICE_CAP, new StandardId("ZJ-CAP-2020"), PROVINCE,
                            StandardValue.money(Money.ofYuan(600)), LocalDate.of(2020, 1, 1)),
                    JudgedStandard.configuredDefault(StandardKind.TRIP_LENGTH_LIMIT, 5), null,
                    EnumSet.allOf(WorkerCategory.class), FP)),
                    message("RecuperationProgramme", t.programme().toString(),
                            new TripAddedToProgrammeEvent(t.programme(), t.id().value()))));
        }
        // individual sign-ups of the wave's trips, interleaved, imported 25 to a commit
        List<Object[]> signUps = new ArrayList<>();
        for (PlannedTrip t : planned) {
            for (Person p : t.people()) {
                signUps.add(new Object[] {t, p});
            }
        }
        Collections.shuffle(signUps, random);
        List<DomainEventMessage<?>> batch = new ArrayList<>();
        for (Object[] signUp : signUps) {
            PlannedTrip t = (PlannedTrip) signUp[0];
            Person p = (Person) signUp[1];
            batch.add(message("Trip", t.id().toString(), new ParticipantsEnrolledEvent(t.id(),
                    new EnrolmentId("E-" + p.participant()), List.of(new Participant(new ParticipantId(p.participant()),
                            new WorkerPseudonym(p.worker()), p.category(), p.subtype(), p.ownership(), "某企业", false)),
                    FP)));
            participants++;
            if (batch.size() == IMPORT) {
                append(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            append(batch);
        }
        for (PlannedTrip t : planned) {
            settle(t);
        }
    }

    private void settle(PlannedTrip t) {
        SettlementId settlement = new SettlementId("S-" + t.id().value());
        Money cost = t.price().times(t.days());
        List<ParticipantId> attended = new ArrayList<>();
        List<ParticipantId> noShows = new ArrayList<>();
        List<ParticipantCharge> charges = new ArrayList<>();
        List<ProgrammeCharge> ledgerCharges = new ArrayList<>();
        Map<String, Money> perLine = new LinkedHashMap<>();
        for (Person p : t.people()) {
            if (random.nextInt(100) < 4) {
                noShows.add(new ParticipantId(p.participant()));
                continue;
            }
            attended.add(new ParticipantId(p.participant()));
            boolean earmarkFits = p.category() == WorkerCategory.NEW_FORM || p.ownership() == EmployerOwnership.NON_PUBLIC
                    || p.ownership() == EmployerOwnership.PLATFORM;
            String earmark = earmarkFits && random.nextBoolean() ? EARMARK : null;
            FundId fund = earmark == null ? ownFund(t.county()) : PROVINCE_FUND;
            charges.add(new ParticipantCharge(new ParticipantId(p.participant()), new WorkerPseudonym(p.worker()),
                    new ProgrammeLine(fund, earmark), cost));
            ledgerCharges.add(new ProgrammeCharge(p.participant(), fund, earmark, p.ownership(), p.category(), cost));
            perLine.merge(fund.value() + "|" + (earmark == null ? "" : earmark), cost, Money::plus);
        }
        List<PostingLeg> legs = new ArrayList<>();
        BodyId county = new BodyId(t.county());
        perLine.forEach((line, amount) -> {
            String[] parts = line.split("\\|", -1);
            String earmark = parts[1].isEmpty() ? null : parts[1];
            FundId fund = new FundId(parts[0]);
            legs.add(leg(AccountRef.programme(county, YEAR, fund, earmark, t.programme().value()), amount.negate()));
            legs.add(leg(AccountRef.expense(county, YEAR, fund, earmark, "RECUPERATION"), amount));
        });
        Posting posting = new Posting(new PostingId(settlement.value()), t.start(), legs);
        Money total = cost.times(charges.size());
        List<DomainEventMessage<?>> commit = new ArrayList<>();
        commit.add(message("Trip", t.id().toString(), new TripSettledEvent(t.id(), settlement, t.programme(), LEDGER,
                t.start(), t.days(), cost, attended, noShows, List.of(), charges, total, posting, FP)));
        commit.add(ledger(new ProgrammeChargedEvent(LEDGER, new PostingId(settlement.value()), t.programme().value(),
                county, YEAR, "RECUPERATION", ledgerCharges, null, posting, FP)));
        for (ParticipantCharge c : charges) {
            WorkerHistoryId history = new WorkerHistoryId(c.worker());
            commit.add(message("WorkerHistory", history.toString(), new WorkerFundedEvent(history, t.id(),
                    c.participantId(), t.programme(), settlement, YEAR, cost, FrequencyRule.ONCE_PER_YEAR, null)));
            attendances++;
        }
        append(commit);

        // corrections after settlement: no-shows found (2 %), categories corrected (0.5 %)
        for (int i = 0; i < charges.size(); i++) {
            ParticipantCharge c = charges.get(i);
            int roll = random.nextInt(1000);
            if (roll < 20) {
                int legIndex = 0;
                for (PostingLeg leg : legs) {
                    if (leg.account().kind() == org.unionfund.ledger.funds.api.AccountKind.PROGRAMME
                            && leg.account().fund().equals(c.line().fundId())
                            && java.util.Objects.equals(leg.account().earmark(), c.line().earmark())) {
                        break;
                    }
                    legIndex++;
                }
                PostingLeg programmeLeg = legs.get(legIndex);
                PostingLeg expenseLeg = legs.get(legIndex + 1);
                String correction = "K-" + c.participantId().value();
                Posting reversal = new Posting(new PostingId(correction), t.start().plusDays(t.days() + 7), List.of(
                        leg(programmeLeg.account(), cost), leg(expenseLeg.account(), cost.negate())));
                WorkerHistoryId history = new WorkerHistoryId(c.worker());
                append(List.of(
                        message("Trip", t.id().toString(), new NoShowRemovedEvent(t.id(), new CorrectionId(correction),
                                c.participantId(), c, new PostingId(settlement.value()), reversal, "did not travel",
                                FP)),
                        ledger(new PostingReversedEvent(LEDGER, new ReversalId(correction),
                                new PostingId(settlement.value()), List.of(new ReversalLeg(legIndex, cost),
                                        new ReversalLeg(legIndex + 1, cost)), "did not travel", true, reversal, FP)),
                        message("WorkerHistory", history.toString(), new WorkerFundingReleasedEvent(history, t.id(),
                                c.participantId(), new CorrectionId(correction), YEAR, cost, "did not travel"))));
            } else if (roll < 25) {
                Person p = t.people().stream().filter(x -> x.participant().equals(c.participantId().value()))
                        .findFirst().orElseThrow();
                if (p.category() == WorkerCategory.FRONTLINE) {
                    append(List.of(message("Trip", t.id().toString(), new ParticipantCategoryChangedEvent(t.id(),
                            new CorrectionId("KC-" + p.participant()), c.participantId(), WorkerCategory.FRONTLINE,
                            null, WorkerCategory.MODEL_WORKER, null, "model worker title", FP))));
                }
            }
        }
    }

    private Person person(int index) {
        String participant = "P" + participants + "-" + index;
        String worker;
        if (!recentWorkers.isEmpty() && random.nextInt(100) < 3) {
            worker = recentWorkers.get(random.nextInt(recentWorkers.size()));
        } else {
            worker = String.format("w_%024d", ++workers);
            if (recentWorkers.size() < 50_000) {
                recentWorkers.add(worker);
            } else {
                recentWorkers.set(random.nextInt(recentWorkers.size()), worker);
            }
        }
        int c = random.nextInt(100);
        WorkerCategory category = c < 72 ? WorkerCategory.FRONTLINE : c < 84 ? WorkerCategory.NEW_FORM
                : c < 94 ? WorkerCategory.MODEL_WORKER : WorkerCategory.HARDSHIP;
        NewFormSubtype subtype = category == WorkerCategory.NEW_FORM
                ? NewFormSubtype.values()[random.nextInt(NewFormSubtype.values().length)] : null;
        int o = random.nextInt(100);
        EmployerOwnership ownership = category == WorkerCategory.NEW_FORM
                ? (o < 50 ? EmployerOwnership.PLATFORM : EmployerOwnership.NON_PUBLIC)
                : o < 35 ? EmployerOwnership.STATE_OWNED : o < 80 ? EmployerOwnership.NON_PUBLIC
                        : o < 95 ? EmployerOwnership.STATE_ORGAN_OR_INSTITUTION : EmployerOwnership.PLATFORM;
        return new Person(participant, worker, category, subtype, ownership);
    }

    // ------------------------------------------------------------------ helpers

    private static FundId ownFund(String county) {
        return new FundId("OWN-" + county);
    }

    private static ProgrammeId programme(String county) {
        return new ProgrammeId("PROG-" + county);
    }

    private static AccountRef fund(BodyId body, String earmark) {
        return AccountRef.fund(body, YEAR, PROVINCE_FUND, earmark);
    }

    private static AccountRef fund(BodyId body, String earmark, FundId fund) {
        return AccountRef.fund(body, YEAR, fund, earmark);
    }

    private static PostingLeg leg(AccountRef account, Money amount) {
        return new PostingLeg(account, amount);
    }

    private static Posting posting(String id, LocalDate date, PostingLeg... legs) {
        return new Posting(new PostingId(id), date, List.of(legs));
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    private DomainEventMessage<?> ledger(Object payload) {
        return message("FundLedger", LEDGER.rootBodyId(), payload);
    }

    private DomainEventMessage<?> message(String type, String aggregate, Object payload) {
        long seq = sequences.merge(aggregate, 1L, Long::sum) - 1;
        return new GenericDomainEventMessage<>(type, aggregate, seq, payload);
    }

    private void append(List<DomainEventMessage<?>> commit) {
        engine.appendEvents(commit);
        events += commit.size();
        commits++;
    }
}
