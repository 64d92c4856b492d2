package org.unionfund.ledger.audit.log.web;

import java.time.Instant;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unionfund.ledger.audit.log.EventFilter;
import org.unionfund.ledger.audit.log.EventLog;
import org.unionfund.ledger.audit.log.EventLogPage;
import org.unionfund.ledger.audit.log.EventNames;
import org.unionfund.ledger.audit.log.NewestEvents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit: event log", description = "Every recorded event in global order, with who recorded it and when")
public record EventLogController(EventLog log, NewestEvents newest, EventNames names) {

    @GetMapping("/events")
    @Operation(summary = "Page through the event log in global order",
            description = "Each entry: global sequence, commit, type, aggregate, who recorded it (principal, role, "
                    + "acting body), when (recordedAt; timestamp of the event message), correlation and causation "
                    + "ids, the payload with amounts as yuan strings, the event's hash, and names: the display name of each fund "
                    + "and the 文号 of each allocation document the payload names by code. Continue with "
                    + "after=<next> while more is true. With before (0 = from the head) the page is the newest matching "
                    + "events below that global sequence, newest first; continue with before=<next>. A sparse filter may return fewer than limit events with "
                    + "more=true: the walk stops after 64 windows of 256 global sequence numbers per request.")
    public EventLogPage events(
            @Parameter(description = "Cursor: return events after this global sequence number")
            @RequestParam(defaultValue = "0") long after,
            @Parameter(description = "Newest first: events below this global sequence (0: from the head)")
            @RequestParam(required = false) Long before,
            @RequestParam(defaultValue = "100") int limit,
            @Parameter(description = "A union body: events naming it or a body of its subtree, or recorded by it")
            @RequestParam(required = false) String body,
            @Parameter(description = "An aggregate id, e.g. 330000, trip:GS-SF, programme:GS-2025-LIAOXIU")
            @RequestParam(required = false) String aggregate,
            @Parameter(description = "Event type, simple or fully qualified, e.g. FundsAllocatedEvent")
            @RequestParam(required = false) String type,
            @Parameter(description = "Recorded at or after this instant")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Recorded by this principal (user name)")
            @RequestParam(required = false) String principal,
            @Parameter(description = "Recorded before this instant")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        if (after < 0) {
            throw new IllegalArgumentException("after must not be negative");
        }
        EventFilter filter = new EventFilter(body, aggregate, type, from, to,
                principal == null || principal.isBlank() ? null : principal.trim());
        return names.named(before != null ? newest.page(filter, before, limit) : log.page(filter, after, limit));
    }
}
