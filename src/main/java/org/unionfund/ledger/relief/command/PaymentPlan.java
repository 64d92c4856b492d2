package org.unionfund.ledger.relief.command;

import java.util.List;

import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeCharge;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.PayReliefCommand;
import org.unionfund.ledger.relief.api.ReliefPaidEvent;

/** A payment the campaign accepted: its amount, budget line, number and ledger posting id. */
record PaymentPlan(PayReliefCommand command, Money amount, FundId fundId, String earmark, WorkerCategory category,
        int number, PostingId postingId, String fingerprint) {

    ChargeProgrammeCommand charge(LedgerId ledger, CampaignId campaign, BodyId body, int year) {
        return new ChargeProgrammeCommand(ledger, postingId, campaign.value(), body, year,
                command.form().expenseCategory(), List.of(new ProgrammeCharge(command.paymentId(), fundId, earmark,
                        command.ownership(), category, amount)), command.paidOn(), null);
    }

    ReliefPaidEvent toEvent(CampaignId campaign, BodyId body, Posting posting) {
        return new ReliefPaidEvent(campaign, command.paymentId(), number, body, command.person(), command.group(),
                command.form(), command.goods(), amount, command.ownership(), command.paidOn(), fundId, earmark,
                posting, fingerprint);
    }
}
