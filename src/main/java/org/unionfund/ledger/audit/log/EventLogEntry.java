package org.unionfund.ledger.audit.log;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of the log as an auditor reads it. {@code type} is the simple name, {@code eventType} the stored type;
 * {@code principal}, {@code role}, {@code body} (the acting body), {@code correlationId} and {@code causationId} come
 * from the event's metadata; {@code payload} has every amount as a yuan string.
 */
public record EventLogEntry(long gseq, long commit, String recordedAt, String type, String eventType,
                            String revision, String aggregateType, String aggregateId, Long seq, String timestamp,
                            String principal, String role, String body, String correlationId, String causationId,
                            JsonNode payload, String hash) {
}
