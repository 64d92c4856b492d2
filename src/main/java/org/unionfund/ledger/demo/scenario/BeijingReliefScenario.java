package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.IdNumbers;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.AllocationLine;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.GroupCount;
import org.unionfund.ledger.relief.api.GroupTerm;
import org.unionfund.ledger.relief.api.OpenCampaignCommand;
import org.unionfund.ledger.relief.api.PayReliefCommand;
import org.unionfund.ledger.relief.api.RegisterEligibleCommand;
import org.unionfund.ledger.relief.api.RegisterId;
import org.unionfund.ledger.relief.api.ReliefForm;
import org.unionfund.ledger.relief.api.ReliefGroups;
import org.unionfund.ledger.relief.api.ReliefKind;
import org.unionfund.ledger.relief.api.TermKind;

/**
 * Beijing 2021 送温暖 (seed 004): the federation's 10,000,000 yuan, one allocation document (文号) to each of the 16
 * districts by resident population, a campaign in each district for the 8 groups, and a sample of 400 payments in
 * fixed group proportions, with each district's register (docs/demo-data.md says what is seed and what assumed).
 */
public final class BeijingReliefScenario {

    public static final String ROOT = "110000";
    public static final String FUND = "BJ-2021-SWN";
    static final int SAMPLE = 400;
    static final LocalDate FROM = LocalDate.of(2021, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 2, 26);
    /** GB/T 2260 districts and their 2020 census resident population (万人), the weight of the split. */
    static final List<Division> DISTRICTS = List.of(new Division("110101", "东城区", ROOT, 709),
            new Division("110102", "西城区", ROOT, 1106), new Division("110105", "朝阳区", ROOT, 3452),
            new Division("110106", "丰台区", ROOT, 2019), new Division("110107", "石景山区", ROOT, 568),
            new Division("110108", "海淀区", ROOT, 3133), new Division("110109", "门头沟区", ROOT, 393),
            new Division("110111", "房山区", ROOT, 1313), new Division("110112", "通州区", ROOT, 1840),
            new Division("110113", "顺义区", ROOT, 1324), new Division("110114", "昌平区", ROOT, 2269),
            new Division("110115", "大兴区", ROOT, 1994), new Division("110116", "怀柔区", ROOT, 441),
            new Division("110117", "平谷区", ROOT, 457), new Division("110118", "密云区", ROOT, 528),
            new Division("110119", "延庆区", ROOT, 346));
    /** Twenty slots of the assumed group mix: 普遍慰问 with 重点帮扶 of registered hardship workers. */
    static final List<String> MIX = List.of(ReliefGroups.REGISTERED_HARDSHIP, ReliefGroups.REGISTERED_HARDSHIP,
            ReliefGroups.HOLIDAY_FRONTLINE, ReliefGroups.TEMPORARY_HARDSHIP, ReliefGroups.REGISTERED_HARDSHIP,
            ReliefGroups.MODEL_WORKER, ReliefGroups.HOLIDAY_FRONTLINE, ReliefGroups.HARD_INDUSTRY,
            ReliefGroups.REGISTERED_HARDSHIP, ReliefGroups.TEMPORARY_HARDSHIP, ReliefGroups.MAJOR_TASK,
            ReliefGroups.HOLIDAY_FRONTLINE, ReliefGroups.REGISTERED_HARDSHIP, ReliefGroups.INJURED_OR_BEREAVED,
            ReliefGroups.HARD_INDUSTRY, ReliefGroups.HOLIDAY_FRONTLINE, ReliefGroups.REGISTERED_HARDSHIP,
            ReliefGroups.TEMPORARY_HARDSHIP, ReliefGroups.MODEL_WORKER, ReliefGroups.POSTED_AWAY);

    private final WorkerPseudonyms pseudonyms;

    public BeijingReliefScenario(WorkerPseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public List<Division> bodies() {
        List<Division> bodies = new ArrayList<>();
        bodies.add(new Division(ROOT, "北京市", null, 0));
        bodies.addAll(DISTRICTS);
        return bodies;
    }

    public List<Object> commands() {
        LedgerId ledger = new LedgerId(ROOT);
        List<Object> commands = new ArrayList<>();
        commands.add(new EstablishFundCommand(ledger, new FundId(FUND), new BodyId(ROOT), 2021,
                FundPurpose.WINTER_RELIEF, Money.ofYuan(10_000_000), List.of(), LocalDate.of(2021, 1, 4),
                "北京市总工会2021年元旦春节送温暖资金"));
        List<Long> shares = Split.byWeight(Money.ofYuan(10_000_000).fen(),
                DISTRICTS.stream().map(Division::weight).toList(), PlanMath.TEN_THOUSAND_YUAN);
        int sequence = 0;
        for (int d = 0; d < DISTRICTS.size(); d++) {
            Division district = DISTRICTS.get(d);
            Money share = Money.ofFen(shares.get(d));
            commands.add(new IssueAllocationDocumentCommand(ledger, new AllocationId("BJ-2021-SWN-" + district.code()),
                    "京工发〔2021〕" + (d + 1) + "号", "关于下达2021年元旦春节送温暖资金的通知（" + district.name() + "）",
                    LocalDate.of(2021, 1, 4), new BodyId(ROOT), new BodyId(district.code()),
                    List.of(new AllocationLine(new FundId(FUND), null, share)), null, null));
            CampaignId campaign = new CampaignId("SWN-2021-" + district.code());
            commands.add(new OpenCampaignCommand(campaign, ReliefKind.RELIEF, ledger, new BodyId(district.code()),
                    2021, district.name() + "2021年元旦春节送温暖", FROM, TO, ReliefGroups.BEIJING_2021, terms(), 1,
                    null, List.of(PlanMath.line(FUND, null, share.fen())), LocalDate.of(2021, 1, 5)));
            int payments = Math.max(1, Math.round((float) SAMPLE * district.weight() / totalWeight()));
            long[] perGroup = new long[ReliefGroups.BEIJING_2021.size()];
            for (int i = 0; i < payments; i++, sequence++) {
                String group = MIX.get(sequence % MIX.size());
                commands.add(payment(campaign, district, i, group, sequence));
                perGroup[groupIndex(group)]++;
            }
            commands.add(register(ledger, district, perGroup));
        }
        return commands;
    }

    /** Standards and caps per person, assumed (the notice gives none). */
    static List<GroupTerm> terms() {
        return List.of(new GroupTerm(ReliefGroups.REGISTERED_HARDSHIP, TermKind.STANDARD, Money.ofYuan(1000), FROM),
                new GroupTerm(ReliefGroups.TEMPORARY_HARDSHIP, TermKind.CAP, Money.ofYuan(2000), FROM),
                new GroupTerm(ReliefGroups.INJURED_OR_BEREAVED, TermKind.STANDARD, Money.ofYuan(1000), FROM),
                new GroupTerm(ReliefGroups.MODEL_WORKER, TermKind.STANDARD, Money.ofYuan(800), FROM),
                new GroupTerm(ReliefGroups.MAJOR_TASK, TermKind.STANDARD, Money.ofYuan(800), FROM),
                new GroupTerm(ReliefGroups.HARD_INDUSTRY, TermKind.STANDARD, Money.ofYuan(500), FROM),
                new GroupTerm(ReliefGroups.HOLIDAY_FRONTLINE, TermKind.CAP, Money.ofYuan(300), FROM),
                new GroupTerm(ReliefGroups.POSTED_AWAY, TermKind.STANDARD, Money.ofYuan(500), FROM));
    }

    private PayReliefCommand payment(CampaignId campaign, Division district, int i, String group, int sequence) {
        String idNumber = IdNumbers.of(district.code(), LocalDate.of(1965, 1, 1).plusDays(sequence * 53L % 12_000),
                i % 1000);
        LocalDate paidOn = FROM.plusDays(sequence % 56);
        boolean goods = group.equals(ReliefGroups.HOLIDAY_FRONTLINE);
        Money amount = switch (group) {
            case ReliefGroups.TEMPORARY_HARDSHIP -> Money.ofYuan(sequence % 2 == 0 ? 1500 : 2000);
            case ReliefGroups.HOLIDAY_FRONTLINE -> Money.ofYuan(300);
            default -> null;
        };
        return new PayReliefCommand(campaign, "P" + (i + 1), pseudonyms.of(idNumber), group,
                goods ? ReliefForm.GOODS : ReliefForm.CASH, goods ? "米面油等节日慰问品" : null, amount,
                goods ? EmployerOwnership.NON_PUBLIC : EmployerOwnership.STATE_OWNED, paidOn, null, null);
    }

    /** The district's register: assumed twice the sample reached in each group. */
    private static RegisterEligibleCommand register(LedgerId ledger, Division district, long[] perGroup) {
        List<GroupCount> counts = new ArrayList<>();
        for (int g = 0; g < perGroup.length; g++) {
            counts.add(new GroupCount(ReliefGroups.BEIJING_2021.get(g).code(), 2 * perGroup[g]));
        }
        return new RegisterEligibleCommand(new RegisterId(new BodyId(district.code()), 2021), ledger,
                "REG-2021-" + district.code(), counts);
    }

    private static int groupIndex(String code) {
        for (int g = 0; g < ReliefGroups.BEIJING_2021.size(); g++) {
            if (ReliefGroups.BEIJING_2021.get(g).code().equals(code)) {
                return g;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static int totalWeight() {
        return DISTRICTS.stream().mapToInt(Division::weight).sum();
    }
}
