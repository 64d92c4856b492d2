package org.unionfund.ledger.relief.command;

import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.command.FundLedger;
import org.unionfund.ledger.funds.command.LedgerFunding;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;

/** The campaign's funding from the {@link FundLedger} of the body's tree, in the campaign's unit of work. */
@Component
class LedgerCampaignFunding extends LedgerFunding implements CampaignFunding {

    LedgerCampaignFunding(@Qualifier("fundLedgerRepository") Repository<FundLedger> ledgers) {
        super(ledgers, id -> new ReliefRuleViolation(ReliefRuleViolation.UNKNOWN_LEDGER, "bodyId",
                "no ledger is opened for root body " + id));
    }
}
