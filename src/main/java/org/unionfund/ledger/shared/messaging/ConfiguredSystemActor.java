package org.unionfund.ledger.shared.messaging;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Until authentication is configured every write is recorded as the configured system user. */
@Component
class ConfiguredSystemActor implements ActorResolver {

    private final Actor actor;

    ConfiguredSystemActor(@Value("${ledger.system-user:system}") String user) {
        this.actor = new Actor(user, "SYSTEM", null);
    }

    @Override
    public Actor current() {
        return actor;
    }
}
