package org.unionfund.ledger.funds.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.unionfund.ledger.kernel.BodyId;

/** A body adopts an approval policy for its acts dated {@code validFrom} or later (until a later version). */
public record AdoptApprovalPolicyCommand(
        @TargetAggregateIdentifier LedgerId ledgerId,
        BodyId bodyId,
        LocalDate validFrom,
        List<ApprovalRule> rules) {

    public AdoptApprovalPolicyCommand {
        Objects.requireNonNull(ledgerId, "ledgerId");
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(validFrom, "validFrom");
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
