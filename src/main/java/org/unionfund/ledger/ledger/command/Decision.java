package org.unionfund.ledger.ledger.command;

/** What a command handler decided: an event to record (null when repeating a finished request) and the result. */
record Decision<R>(Object event, R result) {

    static <R> Decision<R> replay(R result) {
        return new Decision<>(null, result);
    }
}
