package org.unionfund.ledger.statistics.budget;

/** Document ids, sections and counters of {@code budget_counters} (see {@link BudgetProjection}). */
public final class BudgetKeys {

    public static final String ALL = "";
    public static final String INTERNAL = "int";

    public static final String ESTABLISHED = "established";
    public static final String RECEIVED = "received";
    public static final String ALLOCATED_DOWN = "allocatedDown";
    public static final String MATCHED = "matched";
    public static final String TO_PROGRAMMES = "toProgrammes";
    public static final String SPENT_PROGRAMMES = "spentProgrammes";
    public static final String SPENT_DIRECT = "spentDirect";
    public static final String REVERSED = "reversed";
    public static final String CARRIED_IN = "carriedIn";
    public static final String CARRIED_OUT = "carriedOut";
    public static final String OWN_FUNDS = "ownFunds";
    public static final String AMOUNT = "amount";
    public static final String SENT = "sent";
    public static final String BUDGET = "budget";
    public static final String SPENT = "spent";

    private BudgetKeys() {
    }

    public static String programme(String programme) {
        return "prog|" + programme;
    }

    public static String line(String fund, String earmark) {
        return "l:" + fund + "|" + (earmark == null ? "" : earmark);
    }

    public static String programmeSection(String programme) {
        return "p:" + programme;
    }

    public static String source(String purpose, String level) {
        return "src:" + purpose + ":" + level;
    }
}
