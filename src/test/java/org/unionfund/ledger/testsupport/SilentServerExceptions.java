package org.unionfund.ledger.testsupport;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Drops the embedded MongoDB-wire server's log of a {@code MongoSilentServerException} — its own name for an
 * expected answer such as "ns not found" to a {@code drop} of a collection that was never created (the shadow and
 * as-of collections are dropped before use) — which it logs at ERROR with a 30-line stack trace. Every other
 * exception of the server is still logged (configured in logback-test.xml).
 */
public class SilentServerExceptions extends TurboFilter {

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        Throwable thrown = t;
        if (thrown == null && params != null && params.length > 0
                && params[params.length - 1] instanceof Throwable last) {
            thrown = last; // SLF4J passes the throwable as the last argument
        }
        return thrown != null
                && thrown.getClass().getName().equals("de.bwaldvogel.mongo.exception.MongoSilentServerException")
                ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
