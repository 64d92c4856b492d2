package org.unionfund.ledger.funds.api;

import java.time.LocalDate;
import java.util.List;

import org.axonframework.serialization.Revision;
import org.unionfund.ledger.kernel.BodyId;

/** A body's approval policy (审批权限), in force for its acts dated {@code validFrom} or later. */
@Revision("1")
public record ApprovalPolicyAdoptedEvent(
        LedgerId ledgerId,
        BodyId bodyId,
        LocalDate validFrom,
        List<ApprovalRule> rules) implements ApprovalEvent {
}
