package org.unionfund.ledger.funds.command;

import java.util.List;

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

    static <R> Decision<R> replay(R result) {
        return new Decision<>(null, result);
    }
}
