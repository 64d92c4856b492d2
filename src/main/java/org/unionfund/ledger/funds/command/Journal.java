package org.unionfund.ledger.funds.command;

import java.util.LinkedHashMap;
import java.util.Optional;

import org.unionfund.ledger.platform.eventstore.FieldState;
import org.unionfund.ledger.funds.api.LedgerCommandResult;
import org.unionfund.ledger.funds.api.LedgerRule;
import org.unionfund.ledger.funds.api.Posting;
import org.unionfund.ledger.funds.api.PostingId;
import org.unionfund.ledger.kernel.SafeId;

/**
 * Every posting of the ledger by id, except those trips make (a trip holds its own charges and their corrections, so
 * the ledger's state does not grow with every trip settled). Client request ids (fund, allocation, commitment,
 * subsidy, shared-cost posting, programme budget, reversal) are posting ids, so this is also the idempotency
 * register: one id namespace per ledger, with the year-close and trip prefixes reserved.
 */
@FieldState
final class Journal {

    private static final String CLOSE_PREFIX = "close:";

    private LinkedHashMap<String, JournalEntry> entries = new LinkedHashMap<>();

    Optional<JournalEntry> find(PostingId id) {
        return Optional.ofNullable(entries.get(id.value()));
    }

    JournalEntry require(PostingId id, String field) {
        return find(id).orElseThrow(() -> Violations.violation(LedgerRule.UNKNOWN_POSTING, field,
                "posting " + id + " is not in this ledger"));
    }

    void record(String event, String fingerprint, Posting posting) {
        entries.put(posting.id().value(), JournalEntry.of(event, fingerprint, posting));
    }

    void markReversed(PostingId original, int leg, long fen) {
        entries.computeIfPresent(original.value(), (id, entry) -> entry.withReversed(leg, fen));
    }

    /**
     * The original result when this request id was already used with the same content; refuses the id when it was
     * used with other content (or by another kind of request). Empty for a new id.
     */
    Optional<LedgerCommandResult> replay(PostingId requestId, String fingerprint, String field) {
        if (requestId.value().startsWith(CLOSE_PREFIX) || requestId.madeByTrip()) {
            throw Violations.violation(LedgerRule.INVALID_ID, field, "ids starting with '" + CLOSE_PREFIX + "' or '"
                    + PostingId.TRIP_PREFIX + "' are reserved for year-close and trip postings");
        }
        if (requestId.value().length() > SafeId.MAX_LENGTH) {
            throw Violations.violation(LedgerRule.INVALID_ID, field, "ids are at most " + SafeId.MAX_LENGTH
                    + " characters");
        }
        return find(requestId).map(entry -> {
            if (!fingerprint.equals(entry.fingerprint())) {
                throw Violations.violation(LedgerRule.IDEMPOTENCY_CONFLICT, field, "id " + requestId
                        + " was already used for a different request (" + entry.event() + ")");
            }
            return new LedgerCommandResult(requestId.value(), entry.event(), entry.posting());
        });
    }
}
