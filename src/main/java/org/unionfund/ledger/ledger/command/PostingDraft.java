package org.unionfund.ledger.ledger.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.ledger.api.AccountRef;
import org.unionfund.ledger.ledger.api.Posting;
import org.unionfund.ledger.ledger.api.PostingId;
import org.unionfund.ledger.ledger.api.PostingLeg;
import org.unionfund.ledger.shared.Money;

/** Legs of a posting being built, each remembering which request field it came from (for refusals). */
final class PostingDraft {

    private final List<PostingLeg> legs = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();

    PostingDraft leg(AccountRef account, Money amount, String field) {
        legs.add(new PostingLeg(account, amount));
        fields.add(field);
        return this;
    }

    List<PostingLeg> legs() {
        return List.copyOf(legs);
    }

    String field(int leg) {
        return fields.get(leg);
    }

    Posting toPosting(PostingId id, LocalDate effectiveDate) {
        return new Posting(id, effectiveDate, legs);
    }
}
