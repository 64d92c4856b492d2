package org.unionfund.ledger.platform.messaging;

/** Metadata every command and event carries, so the event log shows who recorded what under which request. */
public interface MetadataKeys {

    String PRINCIPAL = "principal";
    String ROLE = "role";
    String BODY = "body";
    String CORRELATION_ID = "correlationId";
    String CAUSATION_ID = "causationId";
}
