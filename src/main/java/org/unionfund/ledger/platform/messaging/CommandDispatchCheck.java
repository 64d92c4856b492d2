package org.unionfund.ledger.platform.messaging;

import org.axonframework.commandhandling.CommandMessage;

/**
 * A check every command passes when it is dispatched through the command gateway, after the actor and correlation
 * metadata were stamped on it (e.g. that the web layer checked the caller's scope). Throwing refuses the command:
 * nothing is dispatched and the exception reaches the sender.
 */
public interface CommandDispatchCheck {

    void check(CommandMessage<?> command);
}
