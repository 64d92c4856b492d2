package org.unionfund.ledger.testsupport;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.ContractorKind;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.contractor.api.RegisterContractorCommand;
import org.unionfund.ledger.recuperation.contractor.api.RegisterDestinationCommand;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.Earmark;
import org.unionfund.ledger.funds.api.EarmarkEligibility;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.FrequencyRule;
import org.unionfund.ledger.recuperation.programme.api.OpenProgrammeCommand;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.recuperation.standard.api.SetStandardCommand;
import org.unionfund.ledger.recuperation.standard.api.StandardId;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.api.StandardValue;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;
import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantId;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/**
 * The Gongshu 2025 recuperation case as commands: Zhejiang's fund with the non-public/new-form earmark, passed on
 * via Hangzhou, Gongshu's own fund, the daily price standards (400 from 2015, 600 from 2020), a contractor, a
 * local and a paired-aid destination, and the programme budgeted 2,546,000 from both.
 */
public final class GongshuCase {

    public static final LedgerId LEDGER = new LedgerId("330000");
    public static final BodyId ZHEJIANG = new BodyId("330000");
    public static final BodyId HANGZHOU = new BodyId("330100");
    public static final BodyId GONGSHU = new BodyId("330105");
    public static final FundId ZJ_FUND = new FundId("ZJ-2025-RECUP");
    public static final FundId GS_FUND = new FundId("GS-2025-RECUP");
    public static final String EARMARK = "NONPUB-NEWFORM";
    public static final ProgrammeLine EARMARKED_LINE = new ProgrammeLine(ZJ_FUND, EARMARK);
    public static final ProgrammeLine OWN_LINE = new ProgrammeLine(GS_FUND, null);
    public static final ProgrammeId PROGRAMME = new ProgrammeId("GS-2025-LIAOXIU");
    public static final ContractorId AGENCY = new ContractorId("HZ-TRAVEL-01");
    public static final DestinationId ANJI = new DestinationId("ANJI-BASE");
    public static final DestinationId AKSU = new DestinationId("AKSU");
    public static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    public static final WorkerPseudonyms PSEUDONYMS = new WorkerPseudonyms("test-only-pseudonym-key-0123456789abcdef");

    private GongshuCase() {
    }

    public static Money yuan(long yuan) {
        return Money.ofYuan(yuan);
    }

    public static List<Object> ledgerSetup() {
        return List.of(
                new RegisterUnionBodyCommand(LEDGER, ZHEJIANG, "浙江省总工会", UnionBodyLevel.PROVINCE, null),
                new RegisterUnionBodyCommand(LEDGER, HANGZHOU, "杭州市总工会", UnionBodyLevel.CITY, ZHEJIANG),
                new RegisterUnionBodyCommand(LEDGER, GONGSHU, "拱墅区总工会", UnionBodyLevel.COUNTY, HANGZHOU),
                new EstablishFundCommand(LEDGER, ZJ_FUND, ZHEJIANG, 2025, FundPurpose.RECUPERATION, yuan(20_000_000),
                        List.of(new Earmark(EARMARK, yuan(10_000_000), new EarmarkEligibility(
                                Set.of(EmployerOwnership.NON_PUBLIC, EmployerOwnership.PLATFORM),
                                Set.of(WorkerCategory.NEW_FORM)))), LocalDate.of(2025, 1, 10)),
                new AllocateFundsCommand(LEDGER, new AllocationId("A-ZJ-HZ"), ZHEJIANG, ZJ_FUND, EARMARK, HANGZHOU,
                        yuan(4_000_000), LocalDate.of(2025, 2, 1), null),
                new AllocateFundsCommand(LEDGER, new AllocationId("A-HZ-GS"), HANGZHOU, ZJ_FUND, EARMARK, GONGSHU,
                        yuan(1_000_000), LocalDate.of(2025, 2, 10), null),
                new EstablishFundCommand(LEDGER, GS_FUND, GONGSHU, 2025, FundPurpose.RECUPERATION, yuan(2_000_000),
                        List.of(), LocalDate.of(2025, 1, 15)));
    }

    public static List<Object> standards() {
        return List.of(priceCap("ZJ-CAP-2015", 400, LocalDate.of(2015, 1, 1)),
                priceCap("ZJ-CAP-2020", 600, LocalDate.of(2020, 1, 1)));
    }

    public static SetStandardCommand priceCap(String id, long yuan, LocalDate from) {
        return new SetStandardCommand(StandardScheduleId.of(ZHEJIANG, StandardKind.DAILY_PRICE_CAP),
                new StandardId(id), ZHEJIANG, StandardKind.DAILY_PRICE_CAP, StandardValue.money(yuan(yuan)), from,
                null);
    }

    public static List<Object> registry() {
        return List.of(
                new RegisterContractorCommand(AGENCY, "杭州职工国际旅行社", ContractorKind.LICENSED_TRAVEL_AGENCY,
                        "L-ZJ-00123"),
                new RegisterDestinationCommand(ANJI, "安吉职工疗休养基地", "330523", false),
                new RegisterDestinationCommand(AKSU, "阿克苏（对口支援）", "652901", true));
    }

    /** 2,546,000 for 2,500 frontline workers: 546,000 of the earmarked line received via Hangzhou, 2,000,000 own. */
    public static OpenProgrammeCommand programme(FrequencyRule rule, Money annualCap) {
        return new OpenProgrammeCommand(PROGRAMME, LEDGER, GONGSHU, 2025, "拱墅区2025年一线职工疗休养", 2_500,
                Set.of(WorkerCategory.FRONTLINE, WorkerCategory.NEW_FORM, WorkerCategory.MODEL_WORKER),
                List.of(3, 1), rule, annualCap,
                List.of(new ProgrammeBudgetLine(ZJ_FUND, EARMARK, yuan(546_000)),
                        new ProgrammeBudgetLine(GS_FUND, null, yuan(2_000_000))),
                LocalDate.of(2025, 3, 1));
    }

    public static List<Object> world(FrequencyRule rule, Money annualCap) {
        List<Object> all = new ArrayList<>(ledgerSetup());
        all.addAll(standards());
        all.addAll(registry());
        all.add(programme(rule, annualCap));
        return all;
    }

    public static ScheduleTripCommand trip(String id, LocalDate start, int days, long pricePerDay) {
        return new ScheduleTripCommand(new TripId(id), PROGRAMME, AGENCY, ANJI, start, days, yuan(pricePerDay));
    }

    /** A fake but well-formed resident identity number, distinct per {@code n}. */
    public static String idNumber(int n) {
        return String.format("3301051990%04d%03d", n % 10_000, n % 1000) + (n % 11 == 10 ? "X" : String.valueOf(n % 10));
    }

    public static Participant worker(String id, int n, WorkerCategory category, EmployerOwnership ownership) {
        return new Participant(new ParticipantId(id), PSEUDONYMS.of(idNumber(n)), category,
                category == WorkerCategory.NEW_FORM ? NewFormSubtype.COURIER : null, ownership, "某公司", false);
    }

    public static Participant frontline(String id, int n) {
        return worker(id, n, WorkerCategory.FRONTLINE, EmployerOwnership.STATE_OWNED);
    }

    public static Participant courier(String id, int n) {
        return worker(id, n, WorkerCategory.NEW_FORM, EmployerOwnership.NON_PUBLIC);
    }

    public static Participant family(String id) {
        return new Participant(new ParticipantId(id), null, null, null, null, null, true);
    }
}
