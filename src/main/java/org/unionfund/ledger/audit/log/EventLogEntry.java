package org.unionfund.ledger.audit.log;

import java.util.Map;

import org.unionfund.ledger.funds.query.ApprovalTrail;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of the log as an auditor reads it. {@code type} is the simple name, {@code eventType} the stored type;
 * {@code principal}, {@code role}, {@code body} (the acting body), {@code correlationId} and {@code causationId} come
 * from the event's metadata; {@code payload} has every amount as a yuan string. {@code names}: the display name of
 * each fund and the 文号 of each allocation document the payload names by code ({@link EventNames}; empty when
 * none is known), so a reader sees names while the payload keeps the codes. {@code approval}: for an event that
 * booked a posting through maker-checker, who proposed, reviewed and approved it and when (else null).
 */
public record EventLogEntry(long gseq, long commit, String recordedAt, String type, String eventType,
                            String revision, String aggregateType, String aggregateId, Long seq, String timestamp,
                            String principal, String role, String body, String correlationId, String causationId,
                            JsonNode payload, String hash, Map<String, String> names,
                            ApprovalTrail approval) {

    public EventLogEntry {
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    EventLogEntry withNames(Map<String, String> named, ApprovalTrail trail) {
        return new EventLogEntry(gseq, commit, recordedAt, type, eventType, revision, aggregateType, aggregateId, seq,
                timestamp, principal, role, body, correlationId, causationId, payload, hash, named, trail);
    }
}
