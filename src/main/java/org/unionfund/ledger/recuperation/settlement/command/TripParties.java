package org.unionfund.ledger.recuperation.settlement.command;

import java.time.LocalDate;
import java.util.Optional;

import org.unionfund.ledger.recuperation.contractor.api.ContractorId;
import org.unionfund.ledger.recuperation.contractor.api.ContractorRegisteredEvent;
import org.unionfund.ledger.recuperation.contractor.api.DestinationId;
import org.unionfund.ledger.recuperation.contractor.api.DestinationRegisteredEvent;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeId;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeLine;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.recuperation.standard.api.StandardEntry;
import org.unionfund.ledger.recuperation.standard.api.StandardKind;
import org.unionfund.ledger.recuperation.worker.api.FundWorkerCommand;
import org.unionfund.ledger.recuperation.worker.api.ReleaseWorkerFundingCommand;
import org.unionfund.ledger.recuperation.trip.api.TripId;

/**
 * The other aggregates a trip command involves, all within the command's unit of work. In the application
 * ({@link AggregateTripParties}) each call loads the aggregate from its repository — locked until the unit of
 * work ends, its events stored in the same commit as the trip's — and invokes it; tests of the trip alone give a
 * stand-in. Callers keep the lock order trip → programme → ledger → worker histories (sorted by pseudonym).
 */
public interface TripParties {

    /** The programme's terms; {@code unknown-programme} when it was never opened. */
    ProgrammeTerms programme(ProgrammeId id);

    /** Records on the programme that one of its trips was scheduled. */
    void recordTrip(ProgrammeId programme, TripId trip);

    /** {@code unknown-contractor} when not registered. */
    ContractorRegisteredEvent contractor(ContractorId id);

    /** {@code unknown-destination} when not registered. */
    DestinationRegisteredEvent destination(DestinationId id);

    /** The standard of this kind in force on the date in the schedule of exactly this region, if any. */
    Optional<StandardEntry> standardInForce(BodyId region, StandardKind kind, LocalDate date);

    /** Books charges in the ledger (earmarks, budget); returns the posting. */
    Posting charge(ChargeProgrammeCommand command);

    /** Reverses part of a posting in the ledger; returns the reversal posting. */
    Posting reverse(ReversePostingCommand command, Posting original);

    /** Refuses ({@code earmark-violation}) a participant that does not fit the line's earmark. */
    void requireAdmits(LedgerId ledger, ProgrammeLine line, EmployerOwnership ownership, WorkerCategory category,
            String field);

    /** Records a worker's funding in its history (frequency rule, annual cap), creating the history if new. */
    void fund(FundWorkerCommand command);

    /** Releases a worker's funding for a trip. */
    void release(ReleaseWorkerFundingCommand command);
}
