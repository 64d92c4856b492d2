package org.unionfund.ledger.funds.directory;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;

/**
 * Keeps the body directory equal to the event log: it repairs a registration whose synchronous directory write was
 * lost (crash between the event commit and the write) and rebuilds the directory on a replay. A reset does not
 * empty the directory first: writes resolve bodies through it, and replaying the same upserts over it converges to
 * the same content.
 */
@Component
@ProcessingGroup(BodyDirectoryProjection.GROUP)
public class BodyDirectoryProjection {

    public static final String GROUP = "body-directory";

    private final MongoBodyDirectory directory;

    public BodyDirectoryProjection(MongoBodyDirectory directory) {
        this.directory = directory;
    }

    @EventHandler
    void on(UnionBodyRegisteredEvent event) {
        directory.record(event);
    }
}
