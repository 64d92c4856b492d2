package org.unionfund.ledger.statistics.coverage;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.unionfund.ledger.platform.projection.PositionedEvent;

/**
 * How often each distinct attended record was added (or removed) per event of a batch, so a figure is written once
 * per (event, record) and not once per participant.
 */
final class RecordCounts {

    interface Consumer {
        void accept(PositionedEvent event, AttendanceRecord record, long count);
    }

    private final Map<Integer, Map<AttendanceRecord, long[]>> counts = new LinkedHashMap<>();
    private final Map<Integer, PositionedEvent> events = new HashMap<>();

    void add(PositionedEvent e, AttendanceRecord r, long delta) {
        events.putIfAbsent(e.ordinal(), e);
        counts.computeIfAbsent(e.ordinal(), k -> new LinkedHashMap<>()).computeIfAbsent(r, k -> new long[1])[0] += delta;
    }

    /** Hands every count over in the order the events were first counted, then forgets them. */
    void drain(Consumer consumer) {
        for (Map.Entry<Integer, Map<AttendanceRecord, long[]>> perEvent : counts.entrySet()) {
            PositionedEvent e = events.get(perEvent.getKey());
            perEvent.getValue().forEach((r, n) -> consumer.accept(e, r, n[0]));
        }
        clear();
    }

    void clear() {
        counts.clear();
        events.clear();
    }
}
