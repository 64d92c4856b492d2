package org.unionfund.ledger.funds.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.Require;

/** A body adopts an approval policy for its acts dated {@code validFrom} or later (until a later version). */
public record AdoptApprovalPolicyCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        BodyId bodyId,
        LocalDate validFrom,
        List<ApprovalRule> rules) {

    public AdoptApprovalPolicyCommand {
        Require.present(ledgerId, "ledgerId", bodyId, "bodyId", validFrom, "validFrom");
        rules = Require.list(rules);
    }
}
