package org.unionfund.ledger.statistics.coverage;

/** An attending worker of a settled trip: category, subtype, ownership, the line charged and the amount. */
record AttendedParticipant(String worker, String category, String ownership, String subtype, String fund,
        String earmark, long amountFen) {

    AttendedParticipant withCategory(String newCategory, String newSubtype) {
        return new AttendedParticipant(worker, newCategory, ownership, newSubtype, fund, earmark, amountFen);
    }

    AttendedParticipant withLine(String newFund, String newEarmark) {
        return new AttendedParticipant(worker, category, ownership, subtype, newFund, newEarmark, amountFen);
    }
}
