package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregate;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

/** Drives one {@link FundLedger} instance through its real command handlers, outside a repository. */
final class LedgerRunner {

    private static final AggregateModel<FundLedger> MODEL =
            AnnotatedAggregateMetaModelFactory.inspectAggregate(FundLedger.class);

    private final FundLedger root;
    private final AnnotatedAggregate<FundLedger> aggregate;
    private final List<Object> events = new ArrayList<>();

    LedgerRunner(FundLedger root) {
        this.root = root;
        SimpleEventBus bus = SimpleEventBus.builder().build();
        bus.subscribe(messages -> messages.forEach(m -> events.add(m.getPayload())));
        this.aggregate = AnnotatedAggregate.initialize(root, MODEL, bus);
    }

    static LedgerRunner fresh() {
        return new LedgerRunner(new FundLedger());
    }

    FundLedger root() {
        return root;
    }

    List<Object> events() {
        return List.copyOf(events);
    }

    /** Calls one of the ledger's methods for other handlers (not on the bus) as they do, in a unit of work. */
    Object call(java.util.function.Function<FundLedger, Object> call) {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("call"));
        try {
            Object result = aggregate.invoke(call);
            unitOfWork.commit();
            return result;
        } catch (Exception refusal) {
            unitOfWork.rollback(refusal);
            return refusal;
        }
    }

    /** Handles a command and returns its result, or the refusal it was answered with. */
    Object handle(Object command) {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(command));
        try {
            Object result = aggregate.handle(unitOfWork.getMessage());
            unitOfWork.commit();
            return result;
        } catch (Exception refusal) {
            unitOfWork.rollback(refusal);
            return refusal;
        }
    }
}
