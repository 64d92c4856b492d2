package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.funds.api.ActKind;
import org.unionfund.ledger.funds.api.AdoptApprovalPolicyCommand;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocationId;
import org.unionfund.ledger.funds.api.ApprovalRule;
import org.unionfund.ledger.funds.api.ApprovalStep;
import org.unionfund.ledger.funds.api.ApproveProposalCommand;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundPurpose;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.ProposalId;
import org.unionfund.ledger.funds.api.RejectProposalCommand;
import org.unionfund.ledger.funds.api.Signatory;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;

/**
 * Maker-checker in the demo (docs/demo-data.md "Approvals"), sent after everything else: Zhejiang and Guizhou adopt
 * an approval policy for allocations, then a few allocations run through propose → review → approve, one is
 * rejected with a reason and some stay pending in the reviewer's and the chair's inbox. Each step is signed by the
 * person who takes it (the demo users zj-clerk, zj-reviewer, zj-chair, gz-reviewer).
 */
public final class ApprovalScenario {

    /** A command and who sends it; {@code by} null: the demo loader itself. */
    public record Step(Object command, Signatory by) {
    }

    public static final FundId ZJ_FUND = new FundId("ZJ-2025-SUPP");
    public static final FundId GZ_FUND = new FundId("GZ-2023-COUNTY-UNIONS");
    public static final LocalDate ZJ_POLICY_FROM = LocalDate.of(2025, 9, 1);
    public static final LocalDate GZ_POLICY_FROM = LocalDate.of(2023, 12, 1);
    public static final String REJECTION = "请补充嘉兴市总工会的配套资金安排后重新申报";

    private static final BodyId ZJ = new BodyId(ZhejiangScenario.ROOT);
    private static final BodyId GZ = new BodyId(GuizhouScenario.ROOT);
    private static final Signatory ZJ_CLERK = new Signatory("zj-clerk", "CLERK", ZJ);
    private static final Signatory ZJ_REVIEWER = new Signatory("zj-reviewer", ApprovalStep.REVIEW.role(), ZJ);
    private static final Signatory ZJ_CHAIR = new Signatory("zj-chair", ApprovalStep.APPROVE.role(), ZJ);
    private static final Signatory GZ_REVIEWER = new Signatory("gz-reviewer", ApprovalStep.REVIEW.role(), GZ);

    private final List<Step> steps = new ArrayList<>();

    public List<Step> steps() {
        LedgerId zj = ZhejiangScenario.LEDGER;
        steps.add(new Step(new EstablishFundCommand(zj, ZJ_FUND, ZJ, 2025, FundPurpose.RECUPERATION,
                Money.ofYuan(1_000_000), List.of(), ZJ_POLICY_FROM, "省总本级2025年职工疗休养追加资金"), null));
        steps.add(new Step(policy(zj, ZJ, ZJ_POLICY_FROM), null));
        // 杭州 80,000: above 50,000, reviewed and approved, booked by the chair's approval.
        allocation(zj, "330100", 80_000, 10, ZJ_CLERK);
        approve(zj, "330100", ZJ_REVIEWER);
        approve(zj, "330100", ZJ_CHAIR);
        // 温州 30,000: one review books it.
        allocation(zj, "330300", 30_000, 10, ZJ_CLERK);
        approve(zj, "330300", ZJ_REVIEWER);
        // 嘉兴 120,000: reviewed, then rejected by the chair with a reason; nothing booked.
        allocation(zj, "330400", 120_000, 12, ZJ_CLERK);
        approve(zj, "330400", ZJ_REVIEWER);
        steps.add(new Step(new RejectProposalCommand(zj, proposal(zj, "330400"), ZJ_CHAIR, REJECTION), ZJ_CHAIR));
        // 金华 90,000: reviewed, waiting for the chair; 丽水 60,000: waiting for the reviewer.
        allocation(zj, "330700", 90_000, 15, ZJ_CLERK);
        approve(zj, "330700", ZJ_REVIEWER);
        allocation(zj, "331100", 60_000, 15, ZJ_CLERK);

        // Guizhou: the county-union fund of 2023 starts to move; 紫云 500,000 waits for the reviewer.
        LedgerId gz = GuizhouScenario.LEDGER;
        steps.add(new Step(policy(gz, GZ, GZ_POLICY_FROM), null));
        steps.add(new Step(new AllocateFundsCommand(gz, allocationId(gz, "520425"), GZ, GZ_FUND, null,
                new BodyId("520425"), Money.ofYuan(500_000), LocalDate.of(2023, 12, 15), null), null));
        return List.copyOf(steps);
    }

    /** Allocations: one review; above 50,000 yuan a review and the chair's approval. */
    private static AdoptApprovalPolicyCommand policy(LedgerId ledger, BodyId body, LocalDate from) {
        return new AdoptApprovalPolicyCommand(ledger, body, from, List.of(
                new ApprovalRule(ActKind.ALLOCATION, null, List.of(ApprovalStep.REVIEW)),
                new ApprovalRule(ActKind.ALLOCATION, Money.ofYuan(50_000),
                        List.of(ApprovalStep.REVIEW, ApprovalStep.APPROVE))));
    }

    private void allocation(LedgerId ledger, String city, long yuan, int day, Signatory clerk) {
        steps.add(new Step(new AllocateFundsCommand(ledger, allocationId(ledger, city), ZJ, ZJ_FUND, null,
                new BodyId(city), Money.ofYuan(yuan), LocalDate.of(2025, 9, day), null), clerk));
    }

    private void approve(LedgerId ledger, String city, Signatory by) {
        ProposalId proposal = proposal(ledger, city);
        steps.add(new Step(new ApproveProposalCommand(ledger, proposal, proposal.value() + "-" + by.name(), by), by));
    }

    private static ProposalId proposal(LedgerId ledger, String to) {
        return new ProposalId(allocationId(ledger, to).value());
    }

    /** 追加 (supplementary) allocations: {@code AP-<root>-<to>}. */
    public static AllocationId allocationId(LedgerId ledger, String to) {
        return new AllocationId("AP-" + ledger.rootBodyId() + "-" + to);
    }
}
