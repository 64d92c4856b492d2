package org.unionfund.ledger.demo.scenario;

import java.util.HashMap;
import java.util.Map;

/**
 * What each body received (per year, unrestricted or on the earmark), what it matched, and the allocation it matched
 * against: computed while the money is planned, read when programme budgets are drawn up.
 */
final class Receipts {

    private final Map<String, Long> received = new HashMap<>();
    private final Map<String, Long> matched = new HashMap<>();
    private final Map<String, String> allocationIds = new HashMap<>();

    void receive(int year, String body, String earmark, long fen) {
        received.merge(key(year, body, earmark), fen, Long::sum);
    }

    void match(int year, String body, long fen) {
        matched.merge(key(year, body, null), fen, Long::sum);
    }

    void allocatedBy(int year, String body, String allocationId) {
        allocationIds.put(key(year, body, null), allocationId);
    }

    /** Received so far; null when nothing was. */
    Long received(int year, String body, String earmark) {
        return received.get(key(year, body, earmark));
    }

    long receivedOrZero(int year, String body, String earmark) {
        return received.getOrDefault(key(year, body, earmark), 0L);
    }

    Long matched(int year, String body) {
        return matched.get(key(year, body, null));
    }

    long matchedOrZero(int year, String body) {
        return matched.getOrDefault(key(year, body, null), 0L);
    }

    String allocationId(int year, String body) {
        return allocationIds.get(key(year, body, null));
    }

    private static String key(int year, String body, String earmark) {
        return year + "|" + body + "|" + (earmark == null ? "" : earmark);
    }
}
