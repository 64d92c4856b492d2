package org.unionfund.ledger.recuperation.settlement.command;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.recuperation.programme.command.RecuperationProgramme;
import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.funds.command.Fingerprint;
import org.unionfund.ledger.funds.command.FundLedger;
import org.unionfund.ledger.funds.command.LedgerFunding;
import org.unionfund.ledger.recuperation.programme.api.OpenProgrammeCommand;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeBudgetToppedUpEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeOpenedEvent;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeResult;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeRuleViolation;
import org.unionfund.ledger.recuperation.programme.api.ProgrammeTerms;
import org.unionfund.ledger.recuperation.programme.api.TopUpProgrammeBudgetCommand;
import org.unionfund.ledger.kernel.Idempotency;

/**
 * Opens and tops up programmes. Each command is one unit of work that changes two aggregates — the
 * {@link RecuperationProgramme} and the {@link FundLedger} of the body's tree — and the event store keeps a unit
 * of work as one commit, so the programme and its budget posting are stored together or not at all.
 * Aggregates are always locked in the order programme → ledger.
 */
@Component
public class ProgrammeCommandHandler {

    private final Repository<RecuperationProgramme> programmes;
    private final LedgerFunding ledgers;

    public ProgrammeCommandHandler(
            @Qualifier("recuperationProgrammeRepository") Repository<RecuperationProgramme> programmes,
            @Qualifier("fundLedgerRepository") Repository<FundLedger> ledgers) {
        this.programmes = programmes;
        this.ledgers = new LedgerFunding(ledgers, id -> new ProgrammeRuleViolation(
                ProgrammeRuleViolation.UNKNOWN_LEDGER, "ledgerId", "no ledger is opened for root body " + id));
    }

    @CommandHandler
    public ProgrammeResult handle(OpenProgrammeCommand c) throws Exception {
        String fingerprint = Fingerprint.of(c);
        Aggregate<RecuperationProgramme> programme = programmes.loadOrCreate(c.programmeId().toString(),
                RecuperationProgramme::unopened);
        boolean repeat = Idempotency.isRepeat(programme.invoke(RecuperationProgramme::openingFingerprint),
                fingerprint, () -> new ProgrammeRuleViolation(ProgrammeRuleViolation.IDEMPOTENCY_CONFLICT,
                        "programmeId", "programme " + c.programmeId().value()
                                + " was already opened with other settings"));
        RecuperationProgramme.validate(c);
        Aggregate<FundLedger> ledger = ledgers.load(c.ledgerId());
        PostingId budgetId = new PostingId(c.programmeId().value());
        AllocateProgrammeBudgetCommand allocation = new AllocateProgrammeBudgetCommand(c.ledgerId(), budgetId,
                c.programmeId().value(), c.bodyId(), c.year(), c.budget(), c.effectiveDate());
        if (repeat) {
            // The same request again: the ledger answers from its journal, nothing is written.
            LedgerCommandResult answered = ledger.invoke(l -> l.allocateProgrammeBudget(allocation));
            return result(c.programmeId().value(), budgetId, ProgrammeOpenedEvent.class, answered);
        }
        List<BodyId> path = ledger.invoke(l -> l.pathToRoot(c.bodyId(), "bodyId"));
        LedgerCommandResult booked = ledger.invoke(l -> l.allocateProgrammeBudget(allocation));
        programme.execute(p -> p.open(c, path, budgetId, fingerprint));
        return result(c.programmeId().value(), budgetId, ProgrammeOpenedEvent.class, booked);
    }

    @CommandHandler
    public ProgrammeResult handle(TopUpProgrammeBudgetCommand c) {
        String fingerprint = Fingerprint.of(c);
        Aggregate<RecuperationProgramme> programme = loadProgramme(c.programmeId().toString(), c.programmeId().value());
        boolean repeat = Idempotency.isRepeat(programme.invoke(p -> p.budgetRequest(c.topUpId())), fingerprint,
                () -> new ProgrammeRuleViolation(ProgrammeRuleViolation.IDEMPOTENCY_CONFLICT, "topUpId",
                        "id " + c.topUpId() + " was already used for another budget request of this programme"));
        if (c.lines().isEmpty()) {
            throw new ProgrammeRuleViolation(ProgrammeRuleViolation.INVALID_VALUE, "lines",
                    "at least one budget line is needed");
        }
        ProgrammeTerms terms = programme.invoke(RecuperationProgramme::terms);
        Aggregate<FundLedger> ledger = ledgers.load(terms.ledgerId());
        LedgerCommandResult booked = ledger.invoke(l -> l.allocateProgrammeBudget(new AllocateProgrammeBudgetCommand(
                terms.ledgerId(), c.topUpId(), c.programmeId().value(), terms.bodyId(), terms.year(), c.lines(),
                c.effectiveDate())));
        if (!repeat) {
            programme.execute(p -> p.topUp(c, fingerprint));
        }
        return result(c.programmeId().value(), c.topUpId(), ProgrammeBudgetToppedUpEvent.class, booked);
    }

    private Aggregate<RecuperationProgramme> loadProgramme(String aggregateId, String id) {
        try {
            Aggregate<RecuperationProgramme> programme = programmes.load(aggregateId);
            if (!programme.invoke(RecuperationProgramme::isOpen)) {
                throw new AggregateNotFoundException(aggregateId, "not opened");
            }
            return programme;
        } catch (AggregateNotFoundException e) {
            throw new ProgrammeRuleViolation(ProgrammeRuleViolation.UNKNOWN_PROGRAMME, "programmeId",
                    "programme " + id + " is not known");
        }
    }

    private static ProgrammeResult result(String programmeId, PostingId requestId, Class<?> event,
            LedgerCommandResult booked) {
        return new ProgrammeResult(programmeId, requestId.value(), event.getSimpleName(), booked.posting());
    }
}
