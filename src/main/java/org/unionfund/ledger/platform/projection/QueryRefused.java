package org.unionfund.ledger.platform.projection;

/**
 * A statistics query the read side cannot answer as asked (a filter combination that is not pre-aggregated, a
 * period given twice, a region that is not registered); the web layer answers it as problem+json with
 * {@code rule} and {@code field}.
 */
public class QueryRefused extends IllegalArgumentException {

    private final String rule;
    private final String field;
    private final boolean notFound;

    public QueryRefused(String rule, String field, String message) {
        this(rule, field, message, false);
    }

    private QueryRefused(String rule, String field, String message, boolean notFound) {
        super(message);
        this.rule = rule;
        this.field = field;
        this.notFound = notFound;
    }

    public static QueryRefused notFound(String field, String message) {
        return new QueryRefused("not-found", field, message, true);
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }

    public boolean isNotFound() {
        return notFound;
    }
}
