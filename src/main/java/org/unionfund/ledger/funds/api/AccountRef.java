package org.unionfund.ledger.funds.api;

import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.SafeId;


import com.fasterxml.jackson.annotation.JsonInclude;
import org.unionfund.ledger.kernel.Require;

/**
 * One account. {@code year} is the accounting period (a calendar year). SOURCE accounts have no fund, FUND
 * accounts have a fund and an earmark code or {@code null} for the unrestricted line, EXPENSE accounts also
 * carry an expense category, PROGRAMME accounts a fund, an earmark (or null) and the programme they budget.
 * {@code programme} is left out of the JSON when null, so accounts of the other kinds serialise as before.
 */
public record AccountRef(AccountKind kind, BodyId body, int year, FundId fund, String earmark, String category,
        @JsonInclude(JsonInclude.Include.NON_NULL) String programme) {

    public AccountRef {
        Require.present(kind, "kind", body, "body");
        SafeId.optional(earmark, "earmark");
        SafeId.optional(category, "category");
        SafeId.optional(programme, "programme");
        boolean shapeOk = switch (kind) {
            case SOURCE -> fund == null && earmark == null && category == null && programme == null;
            case FUND -> fund != null && category == null && programme == null;
            case EXPENSE -> fund != null && category != null && programme == null;
            case PROGRAMME -> fund != null && category == null && programme != null;
        };
        if (!shapeOk) {
            throw new IllegalArgumentException("account fields do not fit kind " + kind);
        }
    }

    /** An account of any kind but PROGRAMME (the shape before programme accounts existed). */
    public AccountRef(AccountKind kind, BodyId body, int year, FundId fund, String earmark, String category) {
        this(kind, body, year, fund, earmark, category, null);
    }

    public static AccountRef source(BodyId body, int year) {
        return new AccountRef(AccountKind.SOURCE, body, year, null, null, null, null);
    }

    public static AccountRef fund(BodyId body, int year, FundId fund, String earmark) {
        return new AccountRef(AccountKind.FUND, body, year, fund, earmark, null, null);
    }

    public static AccountRef expense(BodyId body, int year, FundId fund, String earmark, String category) {
        return new AccountRef(AccountKind.EXPENSE, body, year, fund, earmark, category, null);
    }

    /** The budget line of a programme: money of {@code fund}/{@code earmark} set aside for {@code programme}. */
    public static AccountRef programme(BodyId body, int year, FundId fund, String earmark, String programme) {
        return new AccountRef(AccountKind.PROGRAMME, body, year, fund, earmark, null, programme);
    }

    /**
     * A stable text key, unique per account ('|' is outside the id alphabet). Keys of non-programme accounts are
     * unchanged from before programme accounts existed (snapshots store balances by key).
     */
    public String key() {
        return kind + "|" + body.value() + "|" + year + "|" + (fund == null ? "" : fund.value()) + "|"
                + (earmark == null ? "" : earmark) + "|" + (category == null ? "" : category)
                + (programme == null ? "" : "|" + programme);
    }

    @Override
    public String toString() {
        return kind + "(" + body + ", " + year + (fund == null ? "" : ", " + fund)
                + (earmark == null ? "" : ", " + earmark) + (category == null ? "" : ", " + category)
                + (programme == null ? "" : ", programme " + programme) + ")";
    }
}
