package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.demo.seed.Division;
import org.unionfund.ledger.demo.seed.IdNumbers;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.kernel.WorkerPseudonym;
import org.unionfund.ledger.platform.pseudonym.WorkerPseudonyms;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.GroupCount;
import org.unionfund.ledger.relief.api.GroupTerm;
import org.unionfund.ledger.relief.api.OpenCampaignCommand;
import org.unionfund.ledger.relief.api.PayReliefCommand;
import org.unionfund.ledger.relief.api.RegisterEligibleCommand;
import org.unionfund.ledger.relief.api.RegisterId;
import org.unionfund.ledger.relief.api.ReliefForm;
import org.unionfund.ledger.relief.api.ReliefGroup;
import org.unionfund.ledger.relief.api.ReliefKind;
import org.unionfund.ledger.relief.api.TermKind;

/**
 * Fushun (seed 003): a 300,000-yuan screening fund for 1,113 women workers in hardship (each screened at budget ÷
 * places) and special-illness subsidies (特病补贴) of over 700,000 yuan, per case under a cap. Year and amounts per
 * case are assumed (docs/demo-data.md).
 */
public final class FushunReliefScenario {

    public static final String ROOT = "210400";
    static final int YEAR = 2024;
    static final int WOMEN = 1_113;
    static final ReliefGroup HARDSHIP_WOMEN = new ReliefGroup("HARDSHIP_WOMEN", "困难女职工",
            "Women workers in hardship", WorkerCategory.HARDSHIP);
    static final ReliefGroup SPECIAL_ILLNESS = new ReliefGroup("SPECIAL_ILLNESS", "患特殊疾病职工",
            "Workers with a special illness", WorkerCategory.HARDSHIP);
    /** Subsidies per case, yuan, cycled: 71 cases come to 706,000. */
    static final long[] CASES = {6_000, 8_000, 10_000, 12_000, 14_000};
    static final int SUBSIDY_CASES = 71;

    private final WorkerPseudonyms pseudonyms;

    public FushunReliefScenario(WorkerPseudonyms pseudonyms) {
        this.pseudonyms = pseudonyms;
    }

    public List<Division> bodies() {
        return List.of(new Division(ROOT, "抚顺市", null, 0));
    }

    public List<Object> commands() {
        LedgerId ledger = new LedgerId(ROOT);
        BodyId body = new BodyId(ROOT);
        LocalDate from = LocalDate.of(YEAR, 3, 1);
        LocalDate to = LocalDate.of(YEAR, 11, 30);
        List<Object> commands = new ArrayList<>();
        commands.add(new EstablishFundCommand(ledger, new FundId("FS-2024-SCREEN"), body, YEAR,
                new FundPurpose("HEALTH_SCREENING"), Money.ofYuan(300_000), List.of(), from,
                "抚顺市总工会困难女职工专项筛查资金"));
        commands.add(new EstablishFundCommand(ledger, new FundId("FS-2024-ILLNESS"), body, YEAR,
                new FundPurpose("SPECIAL_ILLNESS"), Money.ofYuan(710_000), List.of(), from, "抚顺市总工会特病补贴资金"));
        CampaignId screening = new CampaignId("FS-2024-SCREENING");
        commands.add(new OpenCampaignCommand(screening, ReliefKind.SCREENING, ledger, body, YEAR,
                "抚顺市困难女职工专项筛查", from, to, List.of(HARDSHIP_WOMEN), List.of(), 1, WOMEN,
                List.of(PlanMath.line("FS-2024-SCREEN", null, Money.ofYuan(300_000).fen())), from));
        for (int i = 0; i < WOMEN; i++) {
            commands.add(new PayReliefCommand(screening, "S" + (i + 1), person(i), HARDSHIP_WOMEN.code(),
                    ReliefForm.SCREENING, null, null, EmployerOwnership.STATE_OWNED, from.plusDays(i % 270), null,
                    null));
        }
        CampaignId subsidy = new CampaignId("FS-2024-TEBING");
        commands.add(new OpenCampaignCommand(subsidy, ReliefKind.SUBSIDY, ledger, body, YEAR, "抚顺市职工特病补贴",
                from, to, List.of(SPECIAL_ILLNESS), List.of(new GroupTerm(SPECIAL_ILLNESS.code(), TermKind.CAP,
                        Money.ofYuan(20_000), from)), 1, null,
                List.of(PlanMath.line("FS-2024-ILLNESS", null, Money.ofYuan(710_000).fen())), from));
        for (int i = 0; i < SUBSIDY_CASES; i++) {
            commands.add(new PayReliefCommand(subsidy, "C" + (i + 1), person(WOMEN + i), SPECIAL_ILLNESS.code(),
                    ReliefForm.SUBSIDY, null, Money.ofYuan(CASES[i % CASES.length]), EmployerOwnership.STATE_OWNED,
                    from.plusDays(i * 3L), null, null));
        }
        commands.add(new RegisterEligibleCommand(new RegisterId(body, YEAR), ledger, "REG-2024-210400",
                List.of(new GroupCount(HARDSHIP_WOMEN.code(), WOMEN))));
        return commands;
    }

    private WorkerPseudonym person(int i) {
        return pseudonyms.of(IdNumbers.of(ROOT, LocalDate.of(1968, 1, 1).plusDays(i * 7L % 10_000), i % 1000));
    }
}
