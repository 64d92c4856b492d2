package org.unionfund.ledger.funds.web;

import java.net.URI;
import java.util.function.Function;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.funds.api.ActProposedEvent;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerId;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.LedgerRuleViolation;
import org.unionfund.ledger.platform.messaging.CommandSender;
import org.unionfund.ledger.platform.web.CommandResponses;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;

/**
 * The web side of ledger commands: resolves bodies to their ledger through the body directory, sends the command
 * and turns the outcome into 201 Created (events recorded) or 200 OK (an idempotent repeat; same body), with a
 * Location and, for repeats, {@code Idempotent-Replayed: true}.
 */
@Component
record LedgerCommands(CommandSender sender, BodyDirectory directory, BodyLedgers ledgers) {

    private static final String PROPOSED = ActProposedEvent.class.getSimpleName();

    /**
     * A money command acting for the body named in {@code field}: the principal's scope is checked, the body's
     * ledger found, and the command built for that ledger posted (in this order, so nothing is parsed or sent for
     * a request out of scope).
     */
    ResponseEntity<LedgerCommandResponse> postFor(String bodyId, String field, Function<LedgerId, Object> command) {
        LedgerId ledger = ledgers.writable(bodyId, field);
        return post(ledger, command.apply(ledger), field);
    }

    /** The ledger holding a body named in the request; {@code unknown-body} naming {@code field} otherwise. */
    LedgerId ledgerOf(String bodyId, String field) {
        return ledgers.of(bodyId, field);
    }

    /** A ledger named in the path: its root must be registered. */
    LedgerId ledger(String ledgerId) {
        BodyDirectoryEntry root = directory.require(BodyLedgers.body(ledgerId, "ledgerId"), "ledgerId");
        if (!root.isRoot()) {
            throw new LedgerRuleViolation(LedgerRule.UNKNOWN_BODY, "ledgerId", "union body " + ledgerId
                    + " is not the root of a ledger; its ledger is " + root.ledgerId());
        }
        return new LedgerId(ledgerId);
    }

    /** Sends; a missing ledger aggregate is {@code unknown-body} naming {@code field}. */
    <R> CommandSender.Sent<R> send(Object command, String field) {
        try {
            return sender.send(command);
        } catch (AggregateNotFoundException e) {
            throw new LedgerRuleViolation(LedgerRule.UNKNOWN_BODY, field, "no ledger holds the body named in "
                    + field);
        }
    }

    /** Sends a money command and answers with its posting's location. */
    ResponseEntity<LedgerCommandResponse> post(LedgerId ledger, Object command, String field) {
        CommandSender.Sent<LedgerCommandResult> sent = send(command, field);
        LedgerCommandResponse body = LedgerCommandResponse.of(ledger.rootBodyId(), sent.result());
        if (PROPOSED.equals(body.event())) {
            // the body's approval policy holds the act for review: 202 Accepted, the proposal's location
            URI proposal = ProposalController.proposalLocation(ledger.rootBodyId(), body.id());
            return sent.recorded() ? ResponseEntity.accepted().location(proposal).body(body)
                    : respond(false, proposal, body);
        }
        return respond(sent.recorded(), postingLocation(ledger.rootBodyId(), body.id()), body);
    }

    static <T> ResponseEntity<T> respond(boolean recorded, URI location, T body) {
        return CommandResponses.respond(recorded, location, body);
    }

    static URI postingLocation(String ledgerId, String postingId) {
        return UriComponentsBuilder.fromPath("/api/v1/ledgers/{ledger}/postings/{posting}")
                .buildAndExpand(ledgerId, postingId).encode().toUri();
    }

    /** An id taken from the path: 400 {@code invalid-id} if it is outside the safe alphabet. */
    static String pathId(String value, String field) {
        if (!SafeIdentifierValidator.isSafe(value, 80)) {
            throw RequestProblem.badRequest("invalid-id", field,
                    field + " must be 1 to 80 characters of A-Z a-z 0-9 . _ : -");
        }
        return value;
    }
}
