package org.unionfund.ledger.relief.command;

import java.util.Comparator;
import java.util.Optional;

import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.relief.api.CampaignOpenedEvent;
import org.unionfund.ledger.relief.api.GroupTerm;
import org.unionfund.ledger.relief.api.PayReliefCommand;
import org.unionfund.ledger.relief.api.ReliefForm;
import org.unionfund.ledger.relief.api.ReliefGroup;
import org.unionfund.ledger.relief.api.ReliefKind;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;
import org.unionfund.ledger.relief.api.TermKind;

/**
 * Whether a payment may be made: inside the period, to a group of the campaign, at most the group's standard or cap
 * in force on the payment date, no more often per person than the campaign allows, within its budget line.
 */
final class ReliefPaying {

    private ReliefPaying() {
    }

    static PaymentPlan plan(ReliefCampaign campaign, PayReliefCommand c, String fingerprint) {
        CampaignOpenedEvent opened = campaign.opening();
        if (c.paidOn().isBefore(opened.periodFrom()) || c.paidOn().isAfter(opened.periodTo())) {
            throw refuse(ReliefRuleViolation.OUTSIDE_PERIOD, "paidOn", "the campaign runs from "
                    + opened.periodFrom() + " to " + opened.periodTo() + ", not on " + c.paidOn());
        }
        ReliefGroup group = opened.groups().stream().filter(g -> g.code().equals(c.group())).findFirst()
                .orElseThrow(() -> refuse(ReliefRuleViolation.GROUP_NOT_ELIGIBLE, "group", "group " + c.group()
                        + " is not eligible in campaign " + opened.campaignId().value()));
        requireFormOfKind(opened.kind(), c.form());
        GroupTerm term = termOn(campaign, c);
        Money amount = amount(c, term);
        if (c.form() == ReliefForm.GOODS && (c.goods() == null || c.goods().isBlank())) {
            throw refuse(ReliefRuleViolation.INVALID_VALUE, "goods", "慰问品 (GOODS) need a description of what");
        }
        if (campaign.receiptsOf(c.person().value()) >= opened.paymentsPerPerson()) {
            throw refuse(ReliefRuleViolation.ALREADY_RECEIVED, "person", "this person already received "
                    + opened.paymentsPerPerson() + " time(s) in campaign " + opened.campaignId().value());
        }
        ProgrammeBudgetLine line = budgetLine(opened, c);
        String key = ReliefCampaign.line(line.fundId().value(), line.earmark());
        long left = campaign.budgetOf(key) - campaign.spentOf(key);
        if (amount.fen() > left) {
            throw refuse(ReliefRuleViolation.BEYOND_BUDGET, "amount", "budget line " + key + " has "
                    + Money.ofFen(left) + " left, " + amount + " was asked");
        }
        int number = campaign.paymentCount() + 1;
        PostingId postingId = new PostingId(PostingId.RELIEF_PREFIX + "pay:" + number + ":"
                + opened.campaignId().value());
        return new PaymentPlan(c, amount, line.fundId(), line.earmark(), group.category(), number, postingId,
                fingerprint);
    }

    private static void requireFormOfKind(ReliefKind kind, ReliefForm form) {
        boolean fits = switch (kind) {
            case RELIEF -> form == ReliefForm.CASH || form == ReliefForm.GOODS;
            case SCREENING -> form == ReliefForm.SCREENING;
            case SUBSIDY -> form == ReliefForm.SUBSIDY;
        };
        if (!fits) {
            throw refuse(ReliefRuleViolation.INVALID_VALUE, "form", "a " + kind + " campaign does not give " + form);
        }
    }

    private static GroupTerm termOn(ReliefCampaign campaign, PayReliefCommand c) {
        Optional<GroupTerm> term = campaign.terms().stream()
                .filter(t -> t.group().equals(c.group()) && !t.effectiveFrom().isAfter(c.paidOn()))
                .max(Comparator.comparing(GroupTerm::effectiveFrom));
        return term.orElseThrow(() -> refuse(ReliefRuleViolation.NO_TERM, "paidOn", "group " + c.group()
                + " has no standard or cap in force on " + c.paidOn()));
    }

    private static Money amount(PayReliefCommand c, GroupTerm term) {
        if (c.amount() == null) {
            if (term.kind() == TermKind.CAP) {
                throw refuse(ReliefRuleViolation.INVALID_VALUE, "amount", "group " + c.group()
                        + " has a cap, not a standard: name the amount");
            }
            return term.amount();
        }
        if (!c.amount().isPositive()) {
            throw refuse(ReliefRuleViolation.INVALID_VALUE, "amount", "an amount must be positive");
        }
        if (c.amount().exceeds(term.amount())) {
            throw refuse(ReliefRuleViolation.OVER_CAP, "amount", c.amount() + " is over the "
                    + term.kind().name().toLowerCase() + " of " + term.amount() + " for group " + c.group()
                    + " in force since " + term.effectiveFrom());
        }
        return c.amount();
    }

    private static ProgrammeBudgetLine budgetLine(CampaignOpenedEvent opened, PayReliefCommand c) {
        if (c.fundId() == null) {
            return opened.budget().get(0);
        }
        FundId fund = c.fundId();
        return opened.budget().stream()
                .filter(l -> l.fundId().equals(fund) && java.util.Objects.equals(l.earmark(), c.earmark()))
                .findFirst().orElseThrow(() -> refuse(ReliefRuleViolation.BEYOND_BUDGET, "fundId", "the campaign"
                        + " has no budget on fund " + fund + " line " + (c.earmark() == null ? "(unrestricted)"
                        : c.earmark())));
    }

    private static ReliefRuleViolation refuse(String rule, String field, String message) {
        return new ReliefRuleViolation(rule, field, message);
    }
}
