package org.unionfund.ledger.recuperation.settlement.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.recuperation.trip.api.ChangeParticipantCategoryCommand;
import org.unionfund.ledger.recuperation.trip.api.RechargeParticipantCommand;
import org.unionfund.ledger.recuperation.trip.api.RemoveNoShowCommand;
import org.unionfund.ledger.recuperation.trip.api.ScheduleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.SettleTripCommand;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.trip.api.TripResult;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.trip.command.Trip;
import org.unionfund.ledger.recuperation.trip.command.TripRules;
import org.unionfund.ledger.recuperation.trip.command.TripRulesProperties;

/**
 * Trip commands that involve other aggregates, each in ONE unit of work: scheduling reads the programme,
 * contractor, destination and standard schedules; settlement and corrections change the trip, the ledger (one
 * posting) and the worker histories. The event store stores a unit of work as one commit covering every
 * aggregate it touched, so a refusal anywhere — or a concurrent change of any of them — leaves nothing written.
 * Locks are taken in the order trip → programme → ledger → worker histories (sorted by pseudonym). Each act is
 * decided in its own file: {@link TripScheduling}, {@link TripSettlement}, {@link TripCorrections}.
 */
@Component
public class TripCommandHandler {

    private final Repository<Trip> trips;
    private final TripScheduling scheduling;
    private final TripSettlement settlement;
    private final TripCorrections corrections;

    public TripCommandHandler(@Qualifier("tripRepository") Repository<Trip> trips, TripParties parties,
            TripRulesProperties rules) {
        this.trips = trips;
        this.scheduling = new TripScheduling(trips, parties, rules);
        this.settlement = new TripSettlement(parties);
        this.corrections = new TripCorrections(parties);
    }

    @CommandHandler
    public TripResult handle(ScheduleTripCommand c) throws Exception {
        return scheduling.schedule(c);
    }

    @CommandHandler
    public TripResult handle(SettleTripCommand c) {
        return settlement.settle(load(c.tripId()), c);
    }

    @CommandHandler
    public TripResult handle(RemoveNoShowCommand c) {
        return corrections.removeNoShow(load(c.tripId()), c);
    }

    @CommandHandler
    public TripResult handle(RechargeParticipantCommand c) {
        return corrections.rechargeParticipant(load(c.tripId()), c);
    }

    @CommandHandler
    public TripResult handle(ChangeParticipantCategoryCommand c) {
        return corrections.changeCategory(load(c.tripId()), c);
    }

    private Aggregate<Trip> load(TripId id) {
        try {
            return trips.load(id.toString());
        } catch (AggregateNotFoundException e) {
            throw TripRules.violation(TripRuleViolation.UNKNOWN_TRIP, "tripId", "trip " + id.value() + " is not known");
        }
    }
}
