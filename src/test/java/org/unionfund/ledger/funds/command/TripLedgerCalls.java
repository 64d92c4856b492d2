package org.unionfund.ledger.funds.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ReversePostingCommand;

/**
 * Makes, in a test fixture, the calls that the programme and trip handlers make on a loaded {@link FundLedger}
 * (those are not on the command bus).
 */
final class TripLedgerCalls {

    /** A trip's reversal of its own charge posting, which the trip holds. */
    record ReverseTripCharge(ReversePostingCommand command, Posting original) {
    }

    private final Repository<FundLedger> ledgers;

    TripLedgerCalls(Repository<FundLedger> ledgers) {
        this.ledgers = ledgers;
    }

    @CommandHandler
    LedgerCommandResult handle(AllocateProgrammeBudgetCommand c) {
        return ledgers.load(c.ledgerId().toString()).invoke(l -> l.allocateProgrammeBudget(c));
    }

    @CommandHandler
    LedgerCommandResult handle(ChargeProgrammeCommand c) {
        return ledgers.load(c.ledgerId().toString()).invoke(l -> l.charge(c));
    }

    @CommandHandler
    LedgerCommandResult handle(ReverseTripCharge c) {
        return ledgers.load(c.command().ledgerId().toString()).invoke(l -> l.reverseCharge(c.command(), c.original()));
    }
}
