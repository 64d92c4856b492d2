package org.unionfund.ledger.statistics.earmark;

import org.unionfund.ledger.statistics.budget.BudgetKeys;

/**
 * Counters of {@code earmark_counters} (see {@link EarmarkProjection}). Its documents and sections are the budget's
 * ({@link BudgetKeys#line}, {@link BudgetKeys#ALL}), so the two views share their denominators line by line.
 */
public interface EarmarkKeys {

    /** Charged spend on the line judged to fit its earmark's eligibility (net of reversals). */
    String ELIGIBLE = "eligible";
    /** All charged (participant) spend on the line, net of reversals. */
    String CHARGED = "charged";
}
