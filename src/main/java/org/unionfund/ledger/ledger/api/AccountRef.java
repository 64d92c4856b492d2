package org.unionfund.ledger.ledger.api;

import java.util.Objects;

/**
 * One account. {@code year} is the accounting period (a calendar year). SOURCE accounts have no fund, FUND
 * accounts have a fund and an earmark code or {@code null} for the unrestricted line, EXPENSE accounts also
 * carry an expense category.
 */
public record AccountRef(AccountKind kind, BodyId body, int year, FundId fund, String earmark, String category) {

    public AccountRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(body, "body");
        SafeId.optional(earmark, "earmark");
        SafeId.optional(category, "category");
        boolean shapeOk = switch (kind) {
            case SOURCE -> fund == null && earmark == null && category == null;
            case FUND -> fund != null && category == null;
            case EXPENSE -> fund != null && category != null;
        };
        if (!shapeOk) {
            throw new IllegalArgumentException("account fields do not fit kind " + kind);
        }
    }

    public static AccountRef source(BodyId body, int year) {
        return new AccountRef(AccountKind.SOURCE, body, year, null, null, null);
    }

    public static AccountRef fund(BodyId body, int year, FundId fund, String earmark) {
        return new AccountRef(AccountKind.FUND, body, year, fund, earmark, null);
    }

    public static AccountRef expense(BodyId body, int year, FundId fund, String earmark, String category) {
        return new AccountRef(AccountKind.EXPENSE, body, year, fund, earmark, category);
    }

    /** A stable text key, unique per account ('|' is outside the id alphabet). */
    public String key() {
        return kind + "|" + body.value() + "|" + year + "|" + (fund == null ? "" : fund.value()) + "|"
                + (earmark == null ? "" : earmark) + "|" + (category == null ? "" : category);
    }

    @Override
    public String toString() {
        return kind + "(" + body + ", " + year + (fund == null ? "" : ", " + fund)
                + (earmark == null ? "" : ", " + earmark) + (category == null ? "" : ", " + category) + ")";
    }
}
