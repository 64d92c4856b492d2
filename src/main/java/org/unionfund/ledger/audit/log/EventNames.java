package org.unionfund.ledger.audit.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.unionfund.ledger.funds.query.ApprovalTrail;
import org.unionfund.ledger.funds.query.ProposalBook;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.statistics.funds.FundNames;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;

/**
 * Names for the codes an event-log page shows: each entry's funds (by their display names) and allocation
 * documents (by 文号), looked up once per ledger and page. A fund id is unique only within its ledger: the ledger of
 * an entry is its payload's {@code ledgerId}, else the ledger of the body it names, else its {@code FundLedger}
 * aggregate.
 */
@Service
public class EventNames {

    private static final Set<String> FUND_FIELDS = Set.of("fundId", "matchingFundId", "fund");
    private static final Set<String> DOCUMENT_FIELDS = Set.of("documentId", "allocationId", "allocation",
            "requirement");

    private final FundNames names;
    private final BodyDirectory directory;
    private final ProposalBook proposals;

    public EventNames(MongoDatabase database, BodyDirectory directory) {
        this.names = new FundNames(database, directory);
        this.proposals = new ProposalBook(database);
        this.directory = directory;
    }

    public EventLogPage named(EventLogPage page) {
        Map<String, Set<String>> funds = new HashMap<>();
        Map<String, Set<String>> documents = new HashMap<>();
        List<String> ledgers = new ArrayList<>();
        Map<String, String> bodyLedgers = new HashMap<>();
        for (EventLogEntry entry : page.events()) {
            String ledger = ledgerOf(entry, bodyLedgers);
            ledgers.add(ledger);
            if (ledger != null) {
                collect(entry.payload(), FUND_FIELDS, funds.computeIfAbsent(ledger, l -> new LinkedHashSet<>()));
                collect(entry.payload(), DOCUMENT_FIELDS, documents.computeIfAbsent(ledger,
                        l -> new LinkedHashSet<>()));
            }
        }
        Map<String, Map<String, ApprovalTrail>> trails = trails(page.events(), ledgers);
        Map<String, Map<String, String>> known = new HashMap<>();
        funds.forEach((ledger, ids) -> {
            Map<String, String> named = new HashMap<>();
            names.of(ledger, ids).forEach((id, name) -> {
                if (!name.equals(id)) {
                    named.put(id, name);
                }
            });
            named.putAll(names.documentNumbers(ledger, documents.get(ledger)));
            known.put(ledger, named);
        });
        List<EventLogEntry> entries = new ArrayList<>();
        for (int i = 0; i < page.events().size(); i++) {
            EventLogEntry entry = page.events().get(i);
            Map<String, String> ledgerNames = ledgers.get(i) == null ? Map.of() : known.get(ledgers.get(i));
            Set<String> mentioned = new LinkedHashSet<>();
            collect(entry.payload(), FUND_FIELDS, mentioned);
            collect(entry.payload(), DOCUMENT_FIELDS, mentioned);
            Map<String, String> own = new LinkedHashMap<>();
            mentioned.forEach(id -> {
                if (ledgerNames.containsKey(id)) {
                    own.put(id, ledgerNames.get(id));
                }
            });
            String posting = bookedPosting(entry);
            entries.add(entry.withNames(own, posting == null || ledgers.get(i) == null ? null
                    : trails.get(ledgers.get(i)).get(posting)));
        }
        return new EventLogPage(entries, page.next(), page.more(), page.head());
    }

    /** Per ledger, the approval trails of the postings the page's booking events recorded. */
    private Map<String, Map<String, ApprovalTrail>> trails(List<EventLogEntry> entries, List<String> ledgers) {
        Map<String, Set<String>> postings = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            String posting = bookedPosting(entries.get(i));
            if (posting != null && ledgers.get(i) != null) {
                postings.computeIfAbsent(ledgers.get(i), l -> new LinkedHashSet<>()).add(posting);
            }
        }
        Map<String, Map<String, ApprovalTrail>> trails = new HashMap<>();
        postings.forEach((ledger, ids) -> trails.put(ledger, proposals.trails(ledger, ids)));
        return trails;
    }

    /** The posting an event of an act a proposal may hold booked; null for any other event. */
    private static String bookedPosting(EventLogEntry entry) {
        String type = entry.type() == null ? "" : entry.type();
        if (!ApprovalTrail.BOOKING_EVENTS.contains(type) && !ApprovalTrail.BOOKING_EVENTS.contains(type + "Event")) {
            return null;
        }
        return entry.payload() == null ? null : id(entry.payload().path("posting").path("id"));
    }

    private String ledgerOf(EventLogEntry entry, Map<String, String> bodyLedgers) {
        JsonNode payload = entry.payload();
        String ledger = payload == null ? null : text(payload.path("ledgerId").path("rootBodyId"));
        if (ledger != null) {
            return ledger;
        }
        String body = payload == null ? null : id(payload.path("bodyId"));
        if (body != null) {
            return bodyLedgers.computeIfAbsent(body, b -> directory.find(new BodyId(b))
                    .map(BodyDirectoryEntry::ledgerId).orElse(null));
        }
        return "FundLedger".equals(entry.aggregateType()) ? entry.aggregateId() : null;
    }

    /** The ids under the given field names anywhere in the payload (a typed id or a plain string). */
    private static void collect(JsonNode node, Set<String> fields, Set<String> into) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String id = fields.contains(field.getKey()) ? id(field.getValue()) : null;
                if (id != null) {
                    into.add(id);
                } else {
                    collect(field.getValue(), fields, into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, fields, into));
        }
    }

    private static String id(JsonNode node) {
        return node.isObject() ? text(node.path("value")) : text(node);
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
