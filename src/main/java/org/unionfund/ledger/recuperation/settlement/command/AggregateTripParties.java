package org.unionfund.ledger.recuperation.settlement.command;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.recuperation.programme.command.RecuperationProgramme;
import org.unionfund.ledger.recuperation.trip.api.TripId;
import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.ContractorRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.command.Contractor;
import org.unionfund.ledger.recuperation.contractor.command.Destination;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.funds.command.FundLedger;
import org.unionfund.ledger.funds.command.LedgerFunding;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.recuperation.programme.command.RecuperationProgramme;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.standard.api.StandardScheduleId;
import org.unionfund.ledger.recuperation.standard.command.StandardSchedule;
import org.unionfund.ledger.recuperation.trip.api.TripRuleViolation;
import org.unionfund.ledger.recuperation.worker.api.FundWorkerCommand;
import org.unionfund.ledger.recuperation.worker.api.ReleaseWorkerFundingCommand;
import org.unionfund.ledger.recuperation.worker.command.WorkerHistory;

/**
 * {@link TripParties} on the Axon repositories: every call loads the aggregate into the current unit of work (a
 * second call returns the same instance), so whatever it records is stored in the trip command's one commit.
 */
@Component
public record AggregateTripParties(
        @Qualifier("recuperationProgrammeRepository") Repository<RecuperationProgramme> programmes,
        @Qualifier("contractorRepository") Repository<Contractor> contractors,
        @Qualifier("destinationRepository") Repository<Destination> destinations,
        @Qualifier("standardScheduleRepository") Repository<StandardSchedule> standards,
        @Qualifier("fundLedgerRepository") Repository<FundLedger> ledgers,
        @Qualifier("workerHistoryRepository") Repository<WorkerHistory> workers) implements TripParties {

    @Override
    public ProgrammeTerms programme(ProgrammeId id) {
        try {
            Aggregate<RecuperationProgramme> programme = programmes.load(id.toString());
            if (programme.invoke(RecuperationProgramme::isOpen)) {
                return programme.invoke(RecuperationProgramme::terms);
            }
        } catch (AggregateNotFoundException e) {
            // refused below
        }
        throw new TripRuleViolation(TripRuleViolation.UNKNOWN_PROGRAMME, "programmeId",
                "programme " + id.value() + " is not known");
    }

    @Override
    public void recordTrip(ProgrammeId programme, TripId trip) {
        programmes.load(programme.toString()).execute(p -> p.addTrip(trip.value()));
    }

    @Override
    public ContractorRegisteredEvent contractor(ContractorId id) {
        return registered(contractors, id.toString(), Contractor::registration, TripRuleViolation.UNKNOWN_CONTRACTOR,
                "contractorId", "contractor " + id.value());
    }

    @Override
    public DestinationRegisteredEvent destination(DestinationId id) {
        return registered(destinations, id.toString(), Destination::registration,
                TripRuleViolation.UNKNOWN_DESTINATION, "destinationId", "destination " + id.value());
    }

    /** The registration of reference data, or the trip refused with {@code rule} when it was never registered. */
    private static <A, E> E registered(Repository<A> repository, String aggregateId, Function<A, E> registration,
            String rule, String field, String what) {
        try {
            return repository.load(aggregateId).invoke(registration);
        } catch (AggregateNotFoundException e) {
            throw new TripRuleViolation(rule, field, what + " is not registered");
        }
    }

    @Override
    public Optional<StandardEntry> standardInForce(BodyId region, StandardKind kind, LocalDate date) {
        try {
            return standards.load(StandardScheduleId.of(region, kind).toString()).invoke(s -> s.inForceOn(date));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Posting charge(ChargeProgrammeCommand command) {
        return ledgerFunding().charge(command);
    }

    @Override
    public Posting reverse(ReversePostingCommand command, Posting original) {
        return ledgerFunding().reverse(command, original);
    }

    @Override
    public void requireAdmits(LedgerId ledger, ProgrammeLine line, EmployerOwnership ownership,
            WorkerCategory category, String field) {
        ledgerFunding().load(ledger).execute(l -> l.requireAdmits(line.fundId(), line.earmark(), ownership, category, field));
    }

    @Override
    public void fund(FundWorkerCommand command) {
        try {
            workers.loadOrCreate(command.historyId().toString(), WorkerHistory::empty).execute(h -> h.handle(command));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the history of a worker", e);
        }
    }

    @Override
    public void release(ReleaseWorkerFundingCommand command) {
        workers.load(command.historyId().toString()).execute(h -> h.handle(command));
    }

    /** A trip's programme was opened in its ledger, so a missing ledger is not a rule but a broken store. */
    private LedgerFunding ledgerFunding() {
        return new LedgerFunding(ledgers, id -> new AggregateNotFoundException(id.toString(), "no ledger " + id));
    }
}
