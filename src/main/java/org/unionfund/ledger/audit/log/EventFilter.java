package org.unionfund.ledger.audit.log;

import java.time.Instant;

import org.unionfund.ledger.platform.eventstore.EventTypes;

/**
 * Which events of the log to show or export; every criterion is optional.
 *
 * @param body          a union body: events naming it or a body of its subtree (payload or acting body)
 * @param aggregate     an aggregate id ({@code 330000}, {@code trip:GS-SF}, {@code programme:GS-2025-LIAOXIU}, …)
 * @param type          an event type: its stored name ({@code FundsAllocated}, see docs/audit.md), or its class's
 *                      simple ({@code FundsAllocatedEvent}) or fully qualified name
 * @param recordedFrom  recorded at or after (inclusive)
 * @param recordedTo    recorded before (exclusive)
 * @param principal     recorded by this principal (the user name in the event's metadata)
 */
public record EventFilter(String body, String aggregate, String type, Instant recordedFrom, Instant recordedTo,
        String principal) {

    public static final EventFilter NONE = new EventFilter(null, null, null, null, null);

    public EventFilter(String body, String aggregate, String type, Instant recordedFrom, Instant recordedTo) {
        this(body, aggregate, type, recordedFrom, recordedTo, null);
    }

    public boolean isEmpty() {
        return body == null && aggregate == null && type == null && recordedFrom == null && recordedTo == null
                && principal == null;
    }

    boolean typeMatches(String eventType) {
        if (type == null) {
            return true;
        }
        if (eventType == null) {
            return false;
        }
        return EventTypes.LEDGER.ofStoredName(eventType)
                                .map(registered -> type.equals(registered.name()) || named(registered.type().getName()))
                                .orElseGet(() -> named(eventType));
    }

    private boolean named(String className) {
        return className.equals(type) || className.endsWith("." + type) || className.endsWith("$" + type);
    }

    boolean recordedMatches(Instant recordedAt) {
        return (recordedFrom == null || (recordedAt != null && !recordedAt.isBefore(recordedFrom)))
                && (recordedTo == null || (recordedAt != null && recordedAt.isBefore(recordedTo)));
    }
}
