package org.unionfund.ledger.platform.eventstore;

import java.util.List;

import org.unionfund.ledger.platform.eventstore.EventTypes.EventType;

/**
 * One context's share of the {@link EventTypes} registry: its events with their stored names, revisions and legacy
 * class names. Implementations are listed in {@code META-INF/services/} under this interface's name, so the
 * registry is the same in the application, in plain tests and in the command-line tools.
 */
public interface EventTypeCatalog {

    List<EventType> eventTypes();
}
