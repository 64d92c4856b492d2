package org.unionfund.ledger.platform.messaging;

/** Metadata every command and event carries, so the event log shows who recorded what under which request. */
public final class MetadataKeys {

    public static final String PRINCIPAL = "principal";
    public static final String ROLE = "role";
    public static final String BODY = "body";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private MetadataKeys() {
    }
}
