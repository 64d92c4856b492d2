package org.unionfund.ledger.funds.directory;

import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.funds.api.RegisterUnionBodyCommand;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.platform.messaging.CommandSender;

/**
 * Registers a union body the way every writer must: resolves the ledger (a body without parent opens its own, a
 * child joins its parent's through the body directory), refuses a body already registered in another ledger, sends
 * {@link RegisterUnionBodyCommand} and then writes the body directory synchronously, so the next request can use
 * the body at once. Used by {@code POST /api/v1/bodies} and by the demo-data loader.
 */
@Component
public record UnionBodyRegistrar(CommandSender sender, MongoBodyDirectory directory) {

    /** The ledger the body was registered in and what the command returned (recorded = false for a repeat). */
    public record Registration(LedgerId ledgerId, CommandSender.Sent<LedgerCommandResult> sent) {
    }

    /** Registers with the metadata the command gateway's interceptor adds (the acting principal of the thread). */
    public Registration register(BodyId body, String name, UnionBodyLevel level, BodyId parent) {
        return register(body, name, level, parent, Map.of());
    }

    /**
     * Registers with the given command metadata (e.g. a system actor's principal, role and correlation id); the
     * gateway's interceptor keeps metadata that names a principal. Rule violations are thrown as they are;
     * an unknown parent or ledger is {@code unknown-body} naming {@code parentId} (or {@code bodyId} for a root).
     */
    public Registration register(BodyId body, String name, UnionBodyLevel level, BodyId parent,
            Map<String, ?> metadata) {
        String field = parent == null ? "bodyId" : "parentId";
        LedgerId ledger = parent == null ? LedgerId.of(body)
                : new LedgerId(directory.require(parent, "parentId").ledgerId());
        directory.find(body).filter(existing -> !existing.ledgerId().equals(ledger.rootBodyId()))
                .ifPresent(existing -> {
                    throw new LedgerRuleViolation(LedgerRule.DUPLICATE_BODY, "bodyId", "union body " + body
                            + " is already registered in ledger " + existing.ledgerId());
                });
        RegisterUnionBodyCommand command = new RegisterUnionBodyCommand(ledger, body, name, level, parent);
        CommandSender.Sent<LedgerCommandResult> sent;
        try {
            sent = sender.send(GenericCommandMessage.asCommandMessage(command).andMetaData(MetaData.from(metadata)));
        } catch (AggregateNotFoundException e) {
            throw new LedgerRuleViolation(LedgerRule.UNKNOWN_BODY, field, "no ledger holds the body named in "
                    + field);
        }
        directory.record(new UnionBodyRegisteredEvent(ledger, body, name, level, parent));
        return new Registration(ledger, sent);
    }
}
