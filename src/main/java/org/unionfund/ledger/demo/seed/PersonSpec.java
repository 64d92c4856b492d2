package org.unionfund.ledger.demo.seed;

import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.trip.api.NewFormSubtype;

/**
 * A made-up worker: {@code index} is unique in the whole demo load (it alone decides the identity number), the
 * rest follows from the index and the cohort the worker was drawn for.
 */
public record PersonSpec(long index, WorkerCategory category, NewFormSubtype subtype, EmployerOwnership ownership,
        String employer, String homeArea) {

    /** Fits Zhejiang's 2025 earmark (非公企业和新就业形态劳动者): non-public or platform employer, or new-form worker. */
    public boolean nonPublicOrNewForm() {
        return ownership == EmployerOwnership.NON_PUBLIC || ownership == EmployerOwnership.PLATFORM
                || category == WorkerCategory.NEW_FORM;
    }
}
