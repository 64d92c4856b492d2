package org.unionfund.ledger.recuperation.programme.query;

import java.util.Set;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.BodyOwnership;
import org.unionfund.ledger.platform.eventstore.OpeningEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeRuleViolation;

/** A programme belongs to the body that opened it; read from its own stream, so a just-opened one is known. */
@Component
class ProgrammeOwnership implements BodyOwnership {

    private final EventStore events;

    ProgrammeOwnership(EventStore events) {
        this.events = events;
    }

    @Override
    public Owned owns() {
        return Owned.PROGRAMME;
    }

    @Override
    public Set<String> ownersOf(String ledgerId, String programmeId) {
        return OpeningEvent.of(events, new ProgrammeId(programmeId).toString(), ProgrammeOpenedEvent.class)
                .map(opened -> Set.of(opened.bodyId().value())).orElse(Set.of());
    }

    /** 422 {@code unknown-programme}. */
    @Override
    public RuntimeException unknown(String ledgerId, String programmeId) {
        return new ProgrammeRuleViolation(ProgrammeRuleViolation.UNKNOWN_PROGRAMME, "programmeId",
                "programme " + programmeId + " is not known");
    }
}
