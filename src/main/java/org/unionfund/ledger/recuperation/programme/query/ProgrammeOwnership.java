package org.unionfund.ledger.recuperation.programme.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unionfund.ledger.kernel.BodyOwnership;
import org.unionfund.ledger.kernel.BodyOwnership.Owned;
import org.unionfund.ledger.platform.eventstore.OpeningEventOwnership;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeRuleViolation;

/** A programme belongs to the body that opened it; an unknown programme is 422 {@code unknown-programme}. */
@Configuration
class ProgrammeOwnership {

    @Bean
    BodyOwnership programmeOwners(EventStore events) {
        return BodyOwnership.of(Owned.PROGRAMME, OpeningEventOwnership.owners(events, ProgrammeOpenedEvent.class,
                id -> new ProgrammeId(id).toString(), opened -> opened.bodyId().value()),
                (ledgerId, programmeId) -> new ProgrammeRuleViolation(ProgrammeRuleViolation.UNKNOWN_PROGRAMME,
                        "programmeId", "programme " + programmeId + " is not known"));
    }
}
