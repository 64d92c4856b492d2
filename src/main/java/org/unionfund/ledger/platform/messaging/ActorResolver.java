package org.unionfund.ledger.platform.messaging;

/** Resolves the acting principal of the current thread (request, scheduled job or start-up loader). */
public interface ActorResolver {

    Actor current();
}
