package org.unionfund.ledger.relief.api;

import java.time.LocalDate;

import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.SafeId;
import org.unionfund.ledger.kernel.Require;

/**
 * The standard or cap per person of one group, in force from {@code effectiveFrom} until the group's next term: a
 * payment is judged by the term in force on its date, also when replayed later.
 */
public record GroupTerm(String group, TermKind kind, Money amount, LocalDate effectiveFrom) {

    public GroupTerm {
        SafeId.require(group, "group");
        Require.present(kind, "kind", amount, "amount", effectiveFrom, "effectiveFrom");
    }
}
