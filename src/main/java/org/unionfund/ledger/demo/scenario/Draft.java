package org.unionfund.ledger.demo.scenario;

import java.time.LocalDate;

import org.unionfund.ledger.demo.seed.Cohort;

/** A trip's shape before the budget is known: dates, people, who will not show up. */
record Draft(String tripId, LocalDate start, int days, long priceYuan, Cohort cohort, long[] persons, int family,
        boolean[] noShow, String contractor, String destination) {

    long costFen() {
        return priceYuan * PlanMath.YUAN * days;
    }

    long attendingCostFen() {
        long attending = 0;
        for (boolean absent : noShow) {
            attending += absent ? 0 : 1;
        }
        return attending * costFen();
    }
}
