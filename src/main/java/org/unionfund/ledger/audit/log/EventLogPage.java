package org.unionfund.ledger.audit.log;

import java.util.List;

/**
 * A page of the event log in global order. Ask for the next page with {@code after=next}; {@code more} is false
 * once the walk reached the head of the log (or, with a recording-time filter, passed its end).
 */
public record EventLogPage(List<EventLogEntry> events, long next, boolean more, long head) {
}
