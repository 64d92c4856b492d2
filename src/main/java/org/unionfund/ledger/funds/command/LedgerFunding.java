package org.unionfund.ledger.funds.command;

import java.util.List;
import java.util.function.Function;

import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.kernel.BodyId;

/**
 * The {@link FundLedger} of a tree as programmes, trips and campaigns use it: loaded into the caller's unit of work
 * (a second load returns the same instance), so what it records is stored in the caller's one commit. A ledger
 * that is not opened is refused with the caller's own rule ({@code unknown}).
 */
public class LedgerFunding {

    private final Repository<FundLedger> ledgers;
    private final Function<LedgerId, RuntimeException> unknown;

    public LedgerFunding(Repository<FundLedger> ledgers, Function<LedgerId, RuntimeException> unknown) {
        this.ledgers = ledgers;
        this.unknown = unknown;
    }

    public Aggregate<FundLedger> load(LedgerId id) {
        try {
            return ledgers.load(id.toString());
        } catch (AggregateNotFoundException e) {
            throw unknown.apply(id);
        }
    }

    /** The body and its ancestors up to the ledger's root, nearest first. */
    public List<BodyId> pathToRoot(LedgerId ledger, BodyId body) {
        return load(ledger).invoke(l -> l.pathToRoot(body, "bodyId"));
    }

    public Posting allocate(AllocateProgrammeBudgetCommand command) {
        return load(command.ledgerId()).invoke(l -> l.allocateProgrammeBudget(command)).posting();
    }

    public Posting charge(ChargeProgrammeCommand command) {
        return load(command.ledgerId()).invoke(l -> l.charge(command)).posting();
    }

    public Posting reverse(ReversePostingCommand command, Posting original) {
        return load(command.ledgerId()).invoke(l -> l.reverseCharge(command, original)).posting();
    }
}
