package org.unionfund.ledger.recuperation.worker.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.LinkedHashMap;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.kernel.Money;
import org.unionfund.ledger.recuperation.worker.api.FundWorkerCommand;
import org.unionfund.ledger.recuperation.worker.api.ReleaseWorkerFundingCommand;
import org.unionfund.ledger.recuperation.worker.api.WorkerFundedEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerFundingReleasedEvent;
import org.unionfund.ledger.recuperation.worker.api.WorkerHistoryId;
import org.unionfund.ledger.recuperation.worker.api.WorkerRuleViolation;

/**
 * Every recuperation trip one worker (known only by pseudonym) was funded for, across trips, programmes and
 * ledgers: the consistency boundary of the frequency rule and the annual cap per worker. Loaded (or created) by
 * the settlement handler in the same unit of work as the trip and the ledger.
 */
@Aggregate(cache = "workerCache")
@FieldState
public class WorkerHistory {

    @AggregateIdentifier
    private WorkerHistoryId historyId;
    /** Active and released fundings by trip/participant key. */
    private LinkedHashMap<String, Funding> fundings = new LinkedHashMap<>();

    record Funding(String trip, String programme, int year, long fen, boolean released) {
    }

    protected WorkerHistory() {
    }

    /** A history with no funding yet, for {@code Repository.loadOrCreate} in the settlement's unit of work. */
    public static WorkerHistory empty() {
        return new WorkerHistory();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(FundWorkerCommand c) {
        String key = key(c.tripId().value(), c.participantId().value());
        Funding existing = fundings.get(key);
        if (existing != null && !existing.released()) {
            return; // the same settlement seen again: already counted
        }
        long sameYear = 0;
        for (Funding funding : fundings.values()) {
            if (funding.released()) {
                continue;
            }
            if (c.frequencyRule().forbids(funding.year(), c.year())) {
                throw new WorkerRuleViolation(WorkerRuleViolation.FREQUENCY_EXCEEDED, "attendees",
                        "participant " + c.participantId() + " was already funded for trip " + funding.trip()
                                + " of programme " + funding.programme() + " in " + funding.year()
                                + "; programme rule " + c.frequencyRule());
            }
            if (funding.year() == c.year()) {
                sameYear = Math.addExact(sameYear, funding.fen());
            }
        }
        if (c.annualCap() != null && Math.addExact(sameYear, c.amount().fen()) > c.annualCap().fen()) {
            throw new WorkerRuleViolation(WorkerRuleViolation.ANNUAL_CAP_EXCEEDED, "attendees",
                    "participant " + c.participantId() + " was already funded " + Money.ofFen(sameYear) + " in "
                            + c.year() + "; " + c.amount() + " more exceeds the annual cap of " + c.annualCap());
        }
        apply(new WorkerFundedEvent(c.historyId(), c.tripId(), c.participantId(), c.programmeId(),
                c.settlementId(), c.year(), c.amount(), c.frequencyRule(), c.annualCap()));
    }

    @CommandHandler
    public void handle(ReleaseWorkerFundingCommand c) {
        Funding funding = fundings.get(key(c.tripId().value(), c.participantId().value()));
        if (funding == null) {
            throw new WorkerRuleViolation(WorkerRuleViolation.UNKNOWN_FUNDING, "participantId",
                    "participant " + c.participantId() + " was not funded for trip " + c.tripId().value());
        }
        if (funding.released()) {
            return;
        }
        apply(new WorkerFundingReleasedEvent(c.historyId(), c.tripId(), c.participantId(), c.correctionId(),
                funding.year(), Money.ofFen(funding.fen()), c.reason()));
    }

    private static String key(String trip, String participant) {
        return trip + "|" + participant;
    }

    @EventSourcingHandler
    void on(WorkerFundedEvent event) {
        historyId = event.historyId();
        fundings.put(key(event.tripId().value(), event.participantId().value()), new Funding(
                event.tripId().value(), event.programmeId().value(), event.year(), event.amount().fen(), false));
    }

    @EventSourcingHandler
    void on(WorkerFundingReleasedEvent event) {
        fundings.computeIfPresent(key(event.tripId().value(), event.participantId().value()),
                (k, f) -> new Funding(f.trip(), f.programme(), f.year(), f.fen(), true));
    }
}
