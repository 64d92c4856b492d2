package org.unionfund.ledger.funds.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.funds.api.AccountRef;
import org.unionfund.ledger.funds.api.AdoptApprovalPolicyCommand;
import org.unionfund.ledger.funds.api.ApprovalEvent;
import org.unionfund.ledger.funds.api.ApproveProposalCommand;
import org.unionfund.ledger.funds.api.RejectProposalCommand;
import org.unionfund.ledger.funds.api.WithdrawProposalCommand;
import org.unionfund.ledger.funds.api.AllocateFundsCommand;
import org.unionfund.ledger.funds.api.AllocateProgrammeBudgetCommand;
import org.unionfund.ledger.funds.api.AllocationDocumentIssuedEvent;
import org.unionfund.ledger.funds.api.CommitOwnFundsCommand;
import org.unionfund.ledger.funds.api.IssueAllocationDocumentCommand;
import org.unionfund.ledger.funds.api.MatchingOutcomeRevisedEvent;
import org.unionfund.ledger.funds.api.OwnFundsCommittedEvent;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.ChargeProgrammeCommand;
import org.unionfund.ledger.funds.api.CloseYearCommand;
import org.unionfund.ledger.funds.api.SealYearCommand;
import org.unionfund.ledger.funds.api.CommitMatchingFundsCommand;
import org.unionfund.ledger.kernel.EmployerOwnership;
import org.unionfund.ledger.funds.api.EstablishFundCommand;
import org.unionfund.ledger.funds.api.FixedSubsidiesGrantedEvent;
import org.unionfund.ledger.funds.api.FundEstablishedEvent;
import org.unionfund.ledger.funds.api.FundId;
import org.unionfund.ledger.funds.api.FundsAllocatedEvent;
import org.unionfund.ledger.funds.api.GrantFixedSubsidiesCommand;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.MatchingEvaluationResult;
import org.unionfund.ledger.funds.api.MatchingFundsCommittedEvent;
import org.unionfund.ledger.funds.api.MatchingRequirementMetEvent;
import org.unionfund.ledger.funds.api.MatchingShortfallRecordedEvent;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostSharedCostCommand;
import org.unionfund.ledger.funds.api.PostingReversedEvent;
import org.unionfund.ledger.funds.api.ProgrammeBudgetAllocatedEvent;
import org.unionfund.ledger.funds.api.ProgrammeChargedEvent;
import org.unionfund.ledger.funds.api.RecordMatchingShortfallCommand;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.funds.api.ReversePostingCommand;
import org.unionfund.ledger.funds.api.SharedCostPostedEvent;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.kernel.WorkerCategory;
import org.unionfund.ledger.funds.api.YearClosedEvent;
import org.unionfund.ledger.funds.api.YearSealedEvent;
import org.unionfund.ledger.kernel.Money;

/**
 * The ledger of one root union body (a province federation, or a parentless body such as Dalian): its body tree
 * and every account of every year. One consistency boundary, so a multi-leg posting is one event and the
 * no-overdraft rule is checked in one place. Handlers decide in small feature classes; state changes only in
 * the event-sourcing handlers.
 */
@Aggregate(snapshotTriggerDefinition = "ledgerSnapshotTrigger", cache = "ledgerCache")
@FieldState
public class FundLedger {

    @AggregateIdentifier
    private LedgerId ledgerId;
    private LedgerState state = new LedgerState();

    protected FundLedger() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public LedgerCommandResult handle(RegisterUnionBodyCommand command) {
        return record(BodyRegistration.decide(state, command));
    }

    @CommandHandler
    public LedgerCommandResult handle(EstablishFundCommand command, MetaData metaData) {
        return record(ApprovalGate.decide(state, command, Signatories.of(metaData)));
    }

    @CommandHandler
    public LedgerCommandResult handle(AllocateFundsCommand command, MetaData metaData) {
        return record(ApprovalGate.decide(state, command, Signatories.of(metaData)));
    }

    @CommandHandler
    public LedgerCommandResult handle(CommitMatchingFundsCommand command) {
        return record(MatchingCommitment.decide(state, command));
    }

    @CommandHandler
    public LedgerCommandResult handle(IssueAllocationDocumentCommand command, MetaData metaData) {
        return record(ApprovalGate.decide(state, command, Signatories.of(metaData)));
    }

    @CommandHandler
    public LedgerCommandResult handle(CommitOwnFundsCommand command) {
        return record(OwnFundsCommitment.decide(state, command));
    }

    @CommandHandler
    public MatchingEvaluationResult handle(RecordMatchingShortfallCommand command) {
        return record(MatchingEvaluation.decide(state, command));
    }

    @CommandHandler
    public LedgerCommandResult handle(GrantFixedSubsidiesCommand command, MetaData metaData) {
        return record(ApprovalGate.decide(state, command, Signatories.of(metaData)));
    }

    @CommandHandler
    public LedgerCommandResult handle(PostSharedCostCommand command, MetaData metaData) {
        return record(ApprovalGate.decide(state, command, Signatories.of(metaData)));
    }

    @CommandHandler
    public LedgerCommandResult handle(ReversePostingCommand command, MetaData metaData) {
        return record(ApprovalGate.decide(state, command, Signatories.of(metaData)));
    }

    @CommandHandler
    public LedgerCommandResult handle(CloseYearCommand command, MetaData metaData) {
        return record(ApprovalGate.decide(state, command, Signatories.of(metaData)));
    }

    @CommandHandler
    public LedgerCommandResult handle(SealYearCommand command) {
        return record(YearSealing.decide(state, command));
    }

    @CommandHandler
    public LedgerCommandResult handle(AdoptApprovalPolicyCommand command) {
        return record(PolicyAdoption.decide(state, command));
    }

    @CommandHandler
    public LedgerCommandResult handle(ApproveProposalCommand command) {
        return record(ProposalApproval.decide(state, command));
    }

    @CommandHandler
    public LedgerCommandResult handle(RejectProposalCommand command) {
        return record(ProposalClosing.reject(state, command));
    }

    @CommandHandler
    public LedgerCommandResult handle(WithdrawProposalCommand command) {
        return record(ProposalClosing.withdraw(state, command));
    }

    /**
     * Programme budget (疗休养项目预算). Not a command handler: only the programme handlers call it, in the unit of
     * work that records the programme's own event, so it cannot be sent on the command bus.
     */
    public LedgerCommandResult allocateProgrammeBudget(AllocateProgrammeBudgetCommand command) {
        return record(ProgrammeBudgeting.decide(state, command));
    }

    /** Participants' costs of a settled trip; called only by the trip handlers, in the trip's unit of work. */
    public LedgerCommandResult charge(ChargeProgrammeCommand command) {
        return record(ProgrammeCharging.decide(state, command));
    }

    /** A trip's correction of its own charge posting {@code original}; called only by the trip handlers. */
    public LedgerCommandResult reverseCharge(ReversePostingCommand command, Posting original) {
        return record(PostingReversal.decideForTrip(state, command, original));
    }

    // ---- read-only questions other aggregates' handlers ask in the same unit of work ----

    /** The body and its ancestors up to the root, nearest first; {@code unknown-body} when not registered. */
    public List<BodyId> pathToRoot(BodyId body, String field) {
        return state.bodies().pathToRoot(body, field);
    }

    /** Refuses ({@code earmark-violation}) a participant that does not fit the earmarked line of a fund. */
    public void requireAdmits(FundId fund, String earmark, EmployerOwnership ownership, WorkerCategory category,
            String field) {
        state.funds().requireAdmits(fund, earmark, ownership, category, field);
    }

    /** The balance of an account as the ledger holds it now. */
    public Money balanceOf(AccountRef account) {
        return Money.ofFen(state.accounts().balance(account));
    }

    private <R> R record(Decision<R> decision) {
        if (decision.event() != null) {
            apply(decision.event());
        }
        decision.followUps().forEach(AggregateLifecycle::apply);
        return decision.result();
    }

    @EventSourcingHandler
    void on(UnionBodyRegisteredEvent event) {
        if (event.parentId() == null) {
            ledgerId = event.ledgerId();
        }
        state.on(event);
    }

    @EventSourcingHandler
    void on(FundEstablishedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(FundsAllocatedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(MatchingFundsCommittedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(MatchingShortfallRecordedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(MatchingRequirementMetEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(AllocationDocumentIssuedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(OwnFundsCommittedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(MatchingOutcomeRevisedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(FixedSubsidiesGrantedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(SharedCostPostedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(ProgrammeBudgetAllocatedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(ProgrammeChargedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(PostingReversedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(YearClosedEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(ApprovalEvent event) {
        state.on(event);
    }

    @EventSourcingHandler
    void on(YearSealedEvent event) {
        state.on(event);
    }
}
