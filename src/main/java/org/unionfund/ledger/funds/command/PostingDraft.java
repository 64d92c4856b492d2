package org.unionfund.ledger.funds.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.PostingLeg;
import org.unionfund.ledger.kernel.Money;

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
