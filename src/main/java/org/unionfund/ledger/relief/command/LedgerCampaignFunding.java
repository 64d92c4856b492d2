package org.unionfund.ledger.relief.command;

import java.util.List;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.command.FundLedger;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;

/** The campaign's funding from the {@link FundLedger} of the body's tree, in the campaign's unit of work. */
@Component
class LedgerCampaignFunding implements CampaignFunding {

    private final Repository<FundLedger> ledgers;

    LedgerCampaignFunding(@Qualifier("fundLedgerRepository") Repository<FundLedger> ledgers) {
        this.ledgers = ledgers;
    }

    @Override
    public List<BodyId> pathToRoot(LedgerId ledger, BodyId body) {
        return load(ledger).invoke(l -> l.pathToRoot(body, "bodyId"));
    }

    @Override
    public Posting allocate(AllocateProgrammeBudgetCommand command) {
        return load(command.ledgerId()).invoke(l -> l.allocateProgrammeBudget(command)).posting();
    }

    @Override
    public Posting charge(ChargeProgrammeCommand command) {
        return load(command.ledgerId()).invoke(l -> l.charge(command)).posting();
    }

    @Override
    public Posting reverse(ReversePostingCommand command, Posting original) {
        return load(command.ledgerId()).invoke(l -> l.reverseCharge(command, original)).posting();
    }

    private Aggregate<FundLedger> load(LedgerId id) {
        try {
            return ledgers.load(id.toString());
        } catch (AggregateNotFoundException e) {
            throw new ReliefRuleViolation(ReliefRuleViolation.UNKNOWN_LEDGER, "bodyId",
                    "no ledger is opened for root body " + id);
        }
    }
}
