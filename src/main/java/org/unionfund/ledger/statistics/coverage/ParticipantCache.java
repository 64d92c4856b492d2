package org.unionfund.ledger.statistics.coverage;

import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unionfund.ledger.recuperation.trip.api.Participant;
import org.unionfund.ledger.recuperation.trip.api.ParticipantCategoryChangedEvent;

/**
 * Participants of trips not settled yet, folded from the trips' events as this instance sees them. An entry is
 * used at settlement only if it holds every event of the trip before the settlement (aggregate sequence numbers
 * 0 … n-1 all seen); otherwise the trip's stream is read. Since it only ever holds facts of the log, it is never
 * wrong, at most incomplete — also when another node processed some of the trip's events.
 */
final class ParticipantCache {
    private final int limit;
    private int size;
    private final LinkedHashMap<String, CachedTrip> trips = new LinkedHashMap<>();

    ParticipantCache(int limit) {
        this.limit = limit;
    }

    private static final class CachedTrip {
        final BitSet seen = new BitSet();
        final Map<String, ParticipantInfo> participants = new HashMap<>();
    }

    void scheduled(String trip, long seq) {
        if (seq < 0) {
            return;
        }
        trips.computeIfAbsent(trip, k -> new CachedTrip()).seen.set((int) seq);
    }

    void enrolled(String trip, long seq, List<Participant> enrolled) {
        CachedTrip cached = trips.get(trip);
        if (cached == null || seq < 0) {
            return;
        }
        cached.seen.set((int) seq);
        for (Participant p : enrolled) {
            if (cached.participants.put(p.participantId().value(), ParticipantInfo.of(p)) == null) {
                size++;
            }
        }
        while (size > limit && !trips.isEmpty()) {
            String eldest = trips.keySet().iterator().next();
            size -= trips.remove(eldest).participants.size();
        }
    }

    void categoryChanged(String trip, long seq, ParticipantCategoryChangedEvent e) {
        CachedTrip cached = trips.get(trip);
        if (cached == null || seq < 0) {
            return;
        }
        cached.seen.set((int) seq);
        cached.participants.computeIfPresent(e.participantId().value(), (k, p) -> p.withCategory(e));
    }

    /** The participants at settlement {@code seq} if complete (then forgotten), else null. */
    Map<String, ParticipantInfo> settled(String trip, long seq) {
        CachedTrip cached = trips.remove(trip);
        if (cached == null) {
            return null;
        }
        size -= cached.participants.size();
        if (seq < 0 || cached.seen.nextClearBit(0) < seq) {
            return null;
        }
        return cached.participants;
    }

    void clear() {
        trips.clear();
        size = 0;
    }
}
