package org.unionfund.ledger.relief.api;

import java.time.LocalDate;
import java.util.Objects;

import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.kernel.SafeId;

/**
 * The standard or cap per person of one group, in force from {@code effectiveFrom} until the group's next term: a
 * payment is judged by the term in force on its date, also when replayed later.
 */
public record GroupTerm(String group, TermKind kind, Money amount, LocalDate effectiveFrom) {

    public GroupTerm {
        SafeId.require(group, "group");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
