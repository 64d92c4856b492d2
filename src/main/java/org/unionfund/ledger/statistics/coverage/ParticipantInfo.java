package org.unionfund.ledger.statistics.coverage;

import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;

/** An enrolled participant's category, subtype and ownership (and pseudonym), as enrolled or corrected. */
record ParticipantInfo(String worker, String category, String subtype, String ownership, boolean family) {

    static ParticipantInfo of(Participant p) {
        return new ParticipantInfo(p.worker() == null ? null : p.worker().value(),
                p.category() == null ? null : p.category().name(),
                p.newFormSubtype() == null ? null : p.newFormSubtype().name(),
                p.ownership() == null ? null : p.ownership().name(), p.familyMember());
    }

    ParticipantInfo withCategory(ParticipantCategoryChangedEvent e) {
        return new ParticipantInfo(worker, e.toCategory().name(),
                e.toSubtype() == null ? null : e.toSubtype().name(), ownership, family);
    }
}
