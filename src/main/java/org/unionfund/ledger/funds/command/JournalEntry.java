package org.unionfund.ledger.funds.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.unionfund.ledger.funds.api.Posting;

/**
 * A recorded posting, the simple name of the event that made it, its request fingerprint (null for postings the
 * ledger makes itself) and how many fen of each leg have been reversed so far.
 */
record JournalEntry(String event, String fingerprint, Posting posting, List<Long> reversedFen) {

    JournalEntry {
        reversedFen = List.copyOf(reversedFen);
    }

    /** Whether the posting was recorded by an event of this type. */
    boolean recordedBy(Class<?> eventType) {
        return event.equals(eventType.getSimpleName());
    }

    static JournalEntry of(String event, String fingerprint, Posting posting) {
        return new JournalEntry(event, fingerprint, posting, Collections.nCopies(posting.legs().size(), 0L));
    }

    /** Absolute amount of the leg not yet reversed. */
    long remaining(int leg) {
        return Math.abs(posting.legs().get(leg).amount().fen()) - reversedFen.get(leg);
    }

    JournalEntry withReversed(int leg, long fen) {
        List<Long> updated = new ArrayList<>(reversedFen);
        updated.set(leg, Math.addExact(updated.get(leg), fen));
        return new JournalEntry(event, fingerprint, posting, updated);
    }
}
