package org.unionfund.ledger.statistics.budget;

import java.util.List;

import org.unionfund.ledger.statistics.ScopeKeys;
import org.unionfund.ledger.funds.api.AccountKind;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.statistics.BodyTree;
import org.unionfund.ledger.platform.projection.CounterBatch;
import org.unionfund.ledger.platform.projection.PositionedEvent;

/**
 * Books a posting's legs as budget flows into the counters of the body's own document, of every region above it
 * (consolidated: a transfer inside a region is internal there) and of the programme.
 */
record BudgetBooking(CounterBatch counters, BodyTree bodies) {

    /**
     * Books one leg. {@code amount} is the leg's amount in the orientation of the original posting (for a reversal,
     * the negated reversal leg), so the same classification applies; a reversal then books the flow negated and adds
     * it to {@code reversed}.
     */
    void book(PositionedEvent e, BudgetPosting ref, AccountRef account, long amount, boolean reversal) {
        String body = account.body().value();
        int year = account.year();
        String line = account.fund() == null ? null : BudgetKeys.line(account.fund().value(), account.earmark());
        long sign = reversal ? -1 : 1;
        AccountKind kind = account.kind();
        switch (ref.kind()) {
            case ESTABLISH -> {
                if (kind == AccountKind.FUND) {
                    lineFlow(e, body, year, line, BudgetKeys.ESTABLISHED, sign * amount, reversal);
                } else if (kind == AccountKind.SOURCE) {
                    ownFunds(e, body, year, ref.purpose(), sign * -amount);
                }
            }
            case MATCH -> {
                if (kind == AccountKind.FUND) {
                    lineFlow(e, body, year, line, BudgetKeys.MATCHED, sign * amount, reversal);
                } else if (kind == AccountKind.SOURCE) {
                    ownFunds(e, body, year, ref.purpose(), sign * -amount);
                }
            }
            case TRANSFER -> {
                if (kind == AccountKind.FUND) {
                    transfer(e, ref, body, year, line, amount, sign, reversal);
                }
            }
            case SHARED_COST -> {
                if (kind == AccountKind.EXPENSE) {
                    lineFlow(e, body, year, line, BudgetKeys.SPENT_DIRECT, sign * amount, reversal);
                }
            }
            case PROGRAMME_BUDGET -> {
                if (kind == AccountKind.FUND) {
                    lineFlow(e, body, year, line, BudgetKeys.TO_PROGRAMMES, sign * -amount, reversal);
                } else if (kind == AccountKind.PROGRAMME) {
                    programme(e, account, line, BudgetKeys.BUDGET, sign * amount, reversal);
                }
            }
            case CHARGE -> {
                if (kind == AccountKind.EXPENSE) {
                    lineFlow(e, body, year, line, BudgetKeys.SPENT_PROGRAMMES, sign * amount, reversal);
                } else if (kind == AccountKind.PROGRAMME) {
                    programme(e, account, line, BudgetKeys.SPENT, sign * -amount, reversal);
                }
            }
            case YEAR_CLOSE -> {
                if (kind == AccountKind.FUND) {
                    lineFlow(e, body, year, line, amount < 0 ? BudgetKeys.CARRIED_OUT : BudgetKeys.CARRIED_IN,
                            Math.abs(amount), false);
                }
            }
            case OTHER -> {
                // a kind of posting the budget view does not classify: its balances are in account_balances
            }
        }
    }

    private void lineFlow(PositionedEvent e, String body, int year, String line, String counter, long value,
            boolean reversal) {
        for (String doc : docs(body, year)) {
            add(e, doc, line, counter, value, reversal);
        }
    }

    private void add(PositionedEvent e, String doc, String section, String counter, long value, boolean reversal) {
        counters.inc(e, doc, section, counter, value);
        counters.inc(e, doc, BudgetKeys.ALL, counter, value);
        if (reversal) {
            counters.inc(e, doc, section, BudgetKeys.REVERSED, Math.abs(value));
            counters.inc(e, doc, BudgetKeys.ALL, BudgetKeys.REVERSED, Math.abs(value));
        }
    }

    /**
     * A transfer leg (allocation or fixed subsidy): the sender's line is allocated down, the receiver's received. In
     * the consolidated document of a region containing both sides the transfer is internal (section {@code int}).
     */
    private void transfer(PositionedEvent e, BudgetPosting ref, String body, int year, String line, long amount,
            long sign, boolean reversal) {
        boolean senderSide = amount < 0;
        String counter = senderSide ? BudgetKeys.ALLOCATED_DOWN : BudgetKeys.RECEIVED;
        long value = sign * Math.abs(amount);
        add(e, ScopeKeys.own(body, year), line, counter, value, reversal);
        List<String> senderPath = ref.from() == null ? List.of() : bodies.node(ref.from()).path();
        for (String region : bodies.node(body).path()) {
            String doc = ScopeKeys.sub(region, year);
            boolean internal = senderSide || senderPath.contains(region);
            if (internal) {
                counters.inc(e, doc, BudgetKeys.INTERNAL, senderSide ? BudgetKeys.SENT : BudgetKeys.RECEIVED, value);
                if (reversal) {
                    counters.inc(e, doc, BudgetKeys.INTERNAL, BudgetKeys.REVERSED, Math.abs(value));
                }
            } else {
                add(e, doc, line, counter, value, reversal);
            }
        }
    }

    private void ownFunds(PositionedEvent e, String body, int year, String purpose, long value) {
        String section = BudgetKeys.source(purpose, bodies.node(body).level());
        for (String doc : docs(body, year)) {
            counters.inc(e, doc, section, BudgetKeys.AMOUNT, value);
            counters.inc(e, doc, BudgetKeys.ALL, BudgetKeys.OWN_FUNDS, value);
        }
    }

    private void programme(PositionedEvent e, AccountRef account, String line, String counter, long value,
            boolean reversal) {
        String programme = account.programme();
        String doc = BudgetKeys.programme(programme);
        add(e, doc, line, counter, value, reversal);
        String own = ScopeKeys.own(account.body().value(), account.year());
        counters.inc(e, own, BudgetKeys.programmeSection(programme), counter, value);
        if (reversal) {
            counters.inc(e, own, BudgetKeys.programmeSection(programme), BudgetKeys.REVERSED, Math.abs(value));
        }
    }

    private List<String> docs(String body, int year) {
        List<String> path = bodies.node(body).path();
        String[] docs = new String[path.size() + 1];
        docs[0] = ScopeKeys.own(body, year);
        for (int i = 0; i < path.size(); i++) {
            docs[i + 1] = ScopeKeys.sub(path.get(i), year);
        }
        return List.of(docs);
    }
}
