package org.unionfund.ledger.funds.query;

import java.time.LocalDate;
import java.util.List;

import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingLeg;

/** A posting as the REST API shows it: id, effective date and legs with yuan amounts. */
public record PostingView(String id, LocalDate effectiveDate, List<LegView> legs) {

    public PostingView {
        legs = List.copyOf(legs);
    }

    public static PostingView of(Posting posting) {
        if (posting == null) {
            return null;
        }
        return new PostingView(posting.id().value(), posting.effectiveDate(),
                posting.legs().stream().map(PostingView::leg).toList());
    }

    private static LegView leg(PostingLeg leg) {
        return new LegView(AccountView.of(leg.account()), leg.amount().toYuanString());
    }
}
