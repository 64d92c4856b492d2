package org.unionfund.ledger.statistics;

import static org.unionfund.ledger.testsupport.GongshuCase.AGENCY;
import static org.unionfund.ledger.testsupport.GongshuCase.AKSU;
import static org.unionfund.ledger.testsupport.GongshuCase.ANJI;
import static org.unionfund.ledger.testsupport.GongshuCase.EARMARKED_LINE;
import static org.unionfund.ledger.testsupport.GongshuCase.GONGSHU;
import static org.unionfund.ledger.testsupport.GongshuCase.HANGZHOU;
import static org.unionfund.ledger.testsupport.GongshuCase.LEDGER;
import static org.unionfund.ledger.testsupport.GongshuCase.PROGRAMME;
import static org.unionfund.ledger.testsupport.GongshuCase.ZHEJIANG;
import static org.unionfund.ledger.testsupport.GongshuCase.ZJ_FUND;
import static org.unionfund.ledger.testsupport.GongshuCase.yuan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.recuperation.eligibility.api.EligibleCount;
import org.unionfund.ledger.recuperation.eligibility.api.EligibleWorkersId;
import org.unionfund.ledger.recuperation.eligibility.api.RegisterEligibleWorkersCommand;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.funds.api.CommitmentId;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.MatchingRequirement;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.OpenProgrammeCommand;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.testsupport.GongshuCase;
import org.unionfund.ledger.recuperation.trip.api.AttendeeFunding;
import org.unionfund.ledger.recuperation.trip.api.ChangeParticipantCategoryCommand;
import org.unionfund.ledger.recuperation.trip.api.CorrectionId;
import org.unionfund.ledger.recuperation.trip.api.EnrolParticipantsCommand;
import org.unionfund.ledger.recuperation.trip.api.EnrolmentId;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.RechargeParticipantCommand;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettlementId;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/**
 * The statistics scenario (docs/queries.md walks through it): Zhejiang → Hangzhou → Gongshu and Xihu.
 * <ul>
 * <li>Money: Zhejiang's 20,000,000 fund (10,000,000 earmarked NONPUB-NEWFORM); Hangzhou receives 4,000,000 earmarked
 * and 1,000,000 unrestricted with a 1:1 matching requirement (deadline 2025-06-30), passes 1,000,000 earmarked and
 * 100,000 unrestricted (50 % matching, deadline 2025-09-30) to Gongshu and 200,000 unrestricted to Xihu; Gongshu
 * (2,000,000) and Xihu (500,000) have own funds. Hangzhou commits 600,000 on time and 300,000 late (shortfall
 * 400,000 recorded), Gongshu 50,000 on time (met).</li>
 * <li>Programmes: Gongshu GS-2025-LIAOXIU (546,000 earmarked + 2,000,000 own, planned 2,500), Xihu XH-2025 (100,000
 * own, planned 5). Eligible workers: Gongshu FRONTLINE 100 then corrected to 120, NEW_FORM 20; Xihu FRONTLINE 50,
 * MODEL_WORKER 10.</li>
 * <li>Trips: T1 (Gongshu, 2025-05-06, 3 days × 580, Anji): A frontline state-owned, B courier non-public
 * (earmarked line), C frontline non-public, D (no-show at settlement), a family member; afterwards C is removed as a
 * no-show, A's category is corrected to new-form rider and A is re-charged to the earmarked line. T2 (Xihu,
 * 2025-06-10, 1 day × 300, Anji): A again (the same worker on two trips) and E model worker. T3 (Gongshu,
 * 2025-06-20, 3 days × 500, Aksu): G frontline platform.</li>
 * </ul>
 */
public final class StatisticsScenario {

    public static final BodyId XIHU = new BodyId("330106");
    public static final FundId XH_FUND = new FundId("XH-2025-RECUP");
    public static final FundId GS_FUND = GongshuCase.GS_FUND;
    public static final ProgrammeId XH_PROGRAMME = new ProgrammeId("XH-2025");
    public static final int A = 1;
    public static final int B = 2;
    public static final int C = 3;
    public static final int D = 4;
    public static final int E = 5;
    public static final int G = 7;

    private StatisticsScenario() {
    }

    public static List<Object> commands() {
        List<Object> all = new ArrayList<>(GongshuCase.world(FrequencyRule.ONCE_PER_YEAR, null));
        all.add(3, new RegisterUnionBodyCommand(LEDGER, XIHU, "西湖区总工会", UnionBodyLevel.COUNTY, HANGZHOU));
        all.add(new EstablishFundCommand(LEDGER, XH_FUND, XIHU, 2025, FundPurpose.RECUPERATION, yuan(500_000),
                List.of(), LocalDate.of(2025, 1, 20)));
        all.add(new AllocateFundsCommand(LEDGER, new AllocationId("A-ZJ-HZ-M"), ZHEJIANG, ZJ_FUND, null, HANGZHOU,
                yuan(1_000_000), LocalDate.of(2025, 3, 1), new MatchingRequirement(10_000, LocalDate.of(2025, 6, 30))));
        all.add(new AllocateFundsCommand(LEDGER, new AllocationId("A-HZ-XH"), HANGZHOU, ZJ_FUND, null, XIHU,
                yuan(200_000), LocalDate.of(2025, 3, 5), null));
        all.add(new AllocateFundsCommand(LEDGER, new AllocationId("A-HZ-GS-M"), HANGZHOU, ZJ_FUND, null, GONGSHU,
                yuan(100_000), LocalDate.of(2025, 3, 5), new MatchingRequirement(5_000, LocalDate.of(2025, 9, 30))));
        all.add(new OpenProgrammeCommand(XH_PROGRAMME, LEDGER, XIHU, 2025, "西湖区2025年职工疗休养", 5,
                Set.of(WorkerCategory.FRONTLINE, WorkerCategory.MODEL_WORKER), List.of(1), FrequencyRule.UNLIMITED,
                null, List.of(new ProgrammeBudgetLine(XH_FUND, null, yuan(100_000))), LocalDate.of(2025, 3, 10)));
        all.add(eligible(GONGSHU, "REG-GS-1", new EligibleCount(WorkerCategory.FRONTLINE, 100),
                new EligibleCount(WorkerCategory.NEW_FORM, 20)));
        all.add(eligible(GONGSHU, "REG-GS-2", new EligibleCount(WorkerCategory.FRONTLINE, 120)));
        all.add(eligible(XIHU, "REG-XH-1", new EligibleCount(WorkerCategory.FRONTLINE, 50),
                new EligibleCount(WorkerCategory.MODEL_WORKER, 10)));

        all.add(new ScheduleTripCommand(new TripId("T1"), PROGRAMME, AGENCY, ANJI, LocalDate.of(2025, 5, 6), 3,
                yuan(580)));
        all.add(new ScheduleTripCommand(new TripId("T2"), XH_PROGRAMME, AGENCY, ANJI, LocalDate.of(2025, 6, 10), 1,
                yuan(300)));
        all.add(new ScheduleTripCommand(new TripId("T3"), PROGRAMME, AGENCY, AKSU, LocalDate.of(2025, 6, 20), 3,
                yuan(500)));
        all.add(new EnrolParticipantsCommand(new TripId("T1"), new EnrolmentId("E-T1-1"), List.of(
                GongshuCase.frontline("A", A), GongshuCase.courier("B", B))));
        all.add(new EnrolParticipantsCommand(new TripId("T2"), new EnrolmentId("E-T2"), List.of(
                GongshuCase.frontline("A2", A),
                GongshuCase.worker("E", E, WorkerCategory.MODEL_WORKER, EmployerOwnership.STATE_OWNED))));
        all.add(new EnrolParticipantsCommand(new TripId("T1"), new EnrolmentId("E-T1-2"), List.of(
                GongshuCase.worker("C", C, WorkerCategory.FRONTLINE, EmployerOwnership.NON_PUBLIC),
                GongshuCase.frontline("D", D), GongshuCase.family("FAM"))));
        all.add(new EnrolParticipantsCommand(new TripId("T3"), new EnrolmentId("E-T3"), List.of(
                GongshuCase.worker("G", G, WorkerCategory.FRONTLINE, EmployerOwnership.PLATFORM))));

        all.add(new SettleTripCommand(new TripId("T1"), new SettlementId("S-T1"), List.of(
                attendee("A", null), attendee("B", EARMARKED_LINE), attendee("C", null), attendee("FAM", null)),
                null, null));
        all.add(new CommitMatchingFundsCommand(LEDGER, new CommitmentId("M-HZ-1"), new AllocationId("A-ZJ-HZ-M"),
                yuan(600_000), LocalDate.of(2025, 6, 20)));
        all.add(new SettleTripCommand(new TripId("T2"), new SettlementId("S-T2"), List.of(attendee("A2", null),
                attendee("E", null)), null, null));
        all.add(new RemoveNoShowCommand(new TripId("T1"), new CorrectionId("K-T1-1"), new ParticipantId("C"),
                "did not travel", LocalDate.of(2025, 5, 20)));
        all.add(new ChangeParticipantCategoryCommand(new TripId("T1"), new CorrectionId("K-T1-2"),
                new ParticipantId("A"), WorkerCategory.NEW_FORM, NewFormSubtype.DELIVERY_RIDER, null,
                "is a Meituan rider", LocalDate.of(2025, 5, 20)));
        all.add(new RechargeParticipantCommand(new TripId("T1"), new CorrectionId("K-T1-3"), new ParticipantId("A"),
                EARMARKED_LINE, "the earmark pays for riders", LocalDate.of(2025, 5, 20)));
        all.add(new SettleTripCommand(new TripId("T3"), new SettlementId("S-T3"), List.of(attendee("G", null)),
                null, null));
        all.add(new RecordMatchingShortfallCommand(LEDGER, new AllocationId("A-ZJ-HZ-M"),
                Instant.parse("2025-06-30T16:00:00Z")));
        all.add(new CommitMatchingFundsCommand(LEDGER, new CommitmentId("M-HZ-2"), new AllocationId("A-ZJ-HZ-M"),
                yuan(300_000), LocalDate.of(2025, 7, 5)));
        all.add(new CommitMatchingFundsCommand(LEDGER, new CommitmentId("M-GS-1"), new AllocationId("A-HZ-GS-M"),
                yuan(50_000), LocalDate.of(2025, 8, 1)));
        all.add(new RecordMatchingShortfallCommand(LEDGER, new AllocationId("A-HZ-GS-M"),
                Instant.parse("2025-09-30T16:00:00Z")));
        return all;
    }

    static RegisterEligibleWorkersCommand eligible(BodyId body, String id, EligibleCount... counts) {
        return new RegisterEligibleWorkersCommand(new EligibleWorkersId(body), id, LEDGER,
                List.of(body, HANGZHOU, ZHEJIANG), 2025, List.of(counts));
    }

    private static AttendeeFunding attendee(String participant, org.unionfund.ledger.recuperation.programme.api.ProgrammeLine line) {
        return new AttendeeFunding(new ParticipantId(participant), line);
    }
}
