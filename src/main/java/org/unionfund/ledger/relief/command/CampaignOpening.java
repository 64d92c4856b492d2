package org.unionfund.ledger.relief.command;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.api.ProgrammeBudgetLine;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.relief.api.CampaignId;
import org.unionfund.ledger.relief.api.GroupTerm;
import org.unionfund.ledger.relief.api.OpenCampaignCommand;
import org.unionfund.ledger.relief.api.ReliefGroup;
import org.unionfund.ledger.relief.api.ReliefKind;
import org.unionfund.ledger.relief.api.ReliefRuleViolation;
import org.unionfund.ledger.relief.api.TermKind;

/**
 * Refuses settings that make no campaign, before anything is asked of the ledger: the period lies in the year, every
 * group has a term in force when the period starts, and one person may receive at least once.
 */
final class CampaignOpening {

    private CampaignOpening() {
    }

    /** The ledger posting that moves the opening budget: the campaign id, in the ledger's client id namespace. */
    static PostingId budgetPostingId(CampaignId id) {
        return new PostingId(id.value());
    }

    /**
     * The command with its terms in force: a SCREENING is priced per person, budget ÷ places in whole fen rounded
     * down, for every group from the period's start; other kinds keep the terms they name.
     */
    static OpenCampaignCommand priced(OpenCampaignCommand c) {
        if (c.kind() != ReliefKind.SCREENING) {
            if (c.places() != null) {
                throw invalid("places", "only a SCREENING is priced by places");
            }
            return c;
        }
        if (c.places() == null || c.places() < 1) {
            throw invalid("places", "a screening names how many places its budget buys");
        }
        if (!c.terms().isEmpty()) {
            throw invalid("terms", "a screening's price per person is its budget ÷ places; name no terms");
        }
        long budget = 0;
        for (ProgrammeBudgetLine line : c.budget()) {
            budget = Math.addExact(budget, line.amount().fen());
        }
        Money price = Money.ofFen(budget / c.places());
        if (!price.isPositive()) {
            throw invalid("places", "the budget does not buy " + c.places() + " places");
        }
        List<GroupTerm> terms = c.groups().stream().map(g -> new GroupTerm(g.code(), TermKind.STANDARD, price,
                c.periodFrom())).toList();
        return new OpenCampaignCommand(c.campaignId(), c.kind(), c.ledgerId(), c.bodyId(), c.year(), c.name(),
                c.periodFrom(), c.periodTo(), c.groups(), terms, c.paymentsPerPerson(), c.places(), c.budget(),
                c.effectiveDate());
    }

    static void validate(OpenCampaignCommand c) {
        if (c.year() < 2000 || c.year() > 2999) {
            throw invalid("year", "year " + c.year() + " is out of range");
        }
        if (c.periodFrom().getYear() != c.year() || c.periodTo().getYear() != c.year()
                || c.periodTo().isBefore(c.periodFrom())) {
            throw invalid("periodTo", "the period " + c.periodFrom() + " to " + c.periodTo()
                    + " must run forward within year " + c.year());
        }
        if (c.effectiveDate().getYear() != c.year()) {
            throw new ReliefRuleViolation("invalid-date", "effectiveDate", "effectiveDate " + c.effectiveDate()
                    + " is not in year " + c.year());
        }
        if (c.paymentsPerPerson() < 1) {
            throw invalid("paymentsPerPerson", "one person may receive at least once per campaign");
        }
        if (c.groups().isEmpty()) {
            throw invalid("groups", "at least one eligible group is needed");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < c.groups().size(); i++) {
            if (!codes.add(c.groups().get(i).code())) {
                throw invalid("groups[" + i + "].code", "group " + c.groups().get(i).code() + " is named twice");
            }
        }
        for (int i = 0; i < c.terms().size(); i++) {
            requireTerm(c.groups(), c.year(), c.terms().get(i), "terms[" + i + "]");
        }
        for (ReliefGroup group : c.groups()) {
            boolean inForce = c.terms().stream().anyMatch(t -> t.group().equals(group.code())
                    && !t.effectiveFrom().isAfter(c.periodFrom()));
            if (!inForce) {
                throw invalid("terms", "group " + group.code() + " has no standard or cap in force on "
                        + c.periodFrom());
            }
        }
        if (c.budget().isEmpty()) {
            throw invalid("budget", "at least one budget line is needed");
        }
    }

    static void requireTerm(List<ReliefGroup> groups, int year, GroupTerm term, String field) {
        if (groups.stream().noneMatch(g -> g.code().equals(term.group()))) {
            throw new ReliefRuleViolation(ReliefRuleViolation.GROUP_NOT_ELIGIBLE, field + ".group",
                    "group " + term.group() + " is not one of the campaign's groups");
        }
        if (!term.amount().isPositive()) {
            throw invalid(field + ".amount", "a standard or cap must be positive");
        }
        if (term.effectiveFrom().getYear() > year) {
            throw invalid(field + ".effectiveFrom", "a term from " + term.effectiveFrom() + " lies after year " + year);
        }
    }

    private static ReliefRuleViolation invalid(String field, String message) {
        return new ReliefRuleViolation(ReliefRuleViolation.INVALID_VALUE, field, message);
    }
}
