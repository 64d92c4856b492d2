package org.unionfund.ledger.funds.query;

import java.util.Comparator;

import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.funds.api.AccountRef;

/** An account as the REST API shows it; {@code key} is the ledger's stable account key. */
public record AccountView(String key, AccountKind kind, String body, int year, String fund, String earmark,
        String category, String programme) {

    /** Year, kind, fund, earmark (unrestricted line first), category, programme. */
    public static final Comparator<AccountView> ORDER = Comparator.comparingInt(AccountView::year)
            .thenComparing(AccountView::kind)
            .thenComparing(AccountView::fund, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AccountView::earmark, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AccountView::category, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(AccountView::programme, Comparator.nullsFirst(Comparator.naturalOrder()));

    public static AccountView of(AccountRef account) {
        return new AccountView(account.key(), account.kind(), account.body().value(), account.year(),
                account.fund() == null ? null : account.fund().value(), account.earmark(), account.category(),
                account.programme());
    }
}
