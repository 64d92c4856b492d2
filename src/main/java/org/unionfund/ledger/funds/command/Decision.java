package org.unionfund.ledger.funds.command;

import java.util.List;

import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;

/**
 * What a command handler decided: an event to record (null when repeating a finished request), the events that
 * follow from it in the same unit of work (e.g. matching outcomes it revises) and the result.
 */
record Decision<R>(Object event, R result, List<Object> followUps) {

    Decision {
        followUps = List.copyOf(followUps);
    }

    Decision(Object event, R result) {
        this(event, result, List.of());
    }

    /** Records {@code event}, answering with the posting it books under {@code id} (null: none) and the event's name. */
    static Decision<LedgerCommandResult> posted(Object event, String id, Posting posting, List<Object> followUps) {
        return new Decision<>(event, new LedgerCommandResult(id, event.getClass().getSimpleName(), posting),
                followUps);
    }

    static Decision<LedgerCommandResult> posted(Object event, String id, Posting posting) {
        return posted(event, id, posting, List.of());
    }

    static <R> Decision<R> replay(R result) {
        return new Decision<>(null, result);
    }

    /** How a command is decided the first time its request id is seen. */
    interface FirstTime {
        Decision<LedgerCommandResult> decide(PostingId requestId, String fingerprint);
    }

    /**
     * Requests are idempotent by id: a repeat of a finished request with the same content replays its result and
     * records nothing; the same id with other content is refused by the journal (naming {@code field}); otherwise
     * {@code first} decides.
     */
    static Decision<LedgerCommandResult> once(LedgerState state, Object command, PostingId requestId, String field,
            FirstTime first) {
        String fingerprint = Fingerprint.of(command);
        return state.journal().replay(requestId, fingerprint, field).map(Decision::replay)
                .orElseGet(() -> first.decide(requestId, fingerprint));
    }
}
