package org.unionfund.ledger.recuperation.programme.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.eventstore.OpeningEventOwnership;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeRuleViolation;

/** A programme belongs to the body that opened it. */
@Component
class ProgrammeOwnership extends OpeningEventOwnership<ProgrammeOpenedEvent> {

    ProgrammeOwnership(EventStore events) {
        super(events, Owned.PROGRAMME, ProgrammeOpenedEvent.class, id -> new ProgrammeId(id).toString(),
                opened -> opened.bodyId().value());
    }

    /** 422 {@code unknown-programme}. */
    @Override
    public RuntimeException unknown(String ledgerId, String programmeId) {
        return new ProgrammeRuleViolation(ProgrammeRuleViolation.UNKNOWN_PROGRAMME, "programmeId",
                "programme " + programmeId + " is not known");
    }
}
