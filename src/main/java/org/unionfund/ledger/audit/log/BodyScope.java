package org.unionfund.ledger.audit.log;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.unionfund.ledger.audit.lineage.LineageQueries;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Decides whether an event concerns a body or its subtree. An event names bodies through its payload (members
 * {@code bodyId}, {@code fromBodyId}, {@code toBodyId}, {@code parentId}, {@code regionBodyId}, {@code body} — also
 * inside posting legs — and {@code bodyPath}), through the trips and programmes it names (resolved with the
 * audit-lineage projection), through its aggregate ({@code trip:…}, {@code programme:…}) and through the acting
 * body in its metadata. It matches if any named body is the scope body or lies below it in the body directory.
 * Look-ups are cached for the life of one scope (one request).
 */
public final class BodyScope {

    private static final Set<String> BODY_MEMBERS = Set.of("bodyId", "fromBodyId", "toBodyId", "parentId",
            "regionBodyId", "body", "bodyPath");

    private final String scope;
    private final BodyDirectory directory;
    private final LineageQueries lineage;
    private final Map<String, Boolean> inScope = new HashMap<>();
    private final Map<String, Optional<String>> referenced = new HashMap<>();

    public BodyScope(String scope, BodyDirectory directory, LineageQueries lineage) {
        this.scope = scope;
        this.directory = directory;
        this.lineage = lineage;
    }

    /** @param members the event's stored members ({@code aggregateId}, {@code payload}, {@code metadata}, …) */
    public boolean matches(JsonNode members) {
        Set<String> bodies = new HashSet<>();
        JsonNode metadata = members.path("metadata");
        if (metadata.path("body").isTextual()) {
            bodies.add(metadata.path("body").asText());
        }
        collect(members.path("payload"), null, bodies);
        String aggregate = members.path("aggregateId").asText(null);
        if (aggregate != null && (aggregate.startsWith("trip:") || aggregate.startsWith("programme:"))) {
            reference(aggregate).ifPresent(bodies::add);
        }
        for (String body : bodies) {
            if (inScope(body)) {
                return true;
            }
        }
        return false;
    }

    private void collect(JsonNode node, String member, Set<String> bodies) {
        if (node.isObject()) {
            if (member != null && BODY_MEMBERS.contains(member) && node.size() == 1 && node.path("value").isTextual()) {
                bodies.add(node.path("value").asText());
                return;
            }
            if (member != null && (member.equals("tripId") || member.equals("programmeId"))
                    && node.size() == 1 && node.path("value").isTextual()) {
                String kind = member.equals("tripId") ? "trip:" : "programme:";
                reference(kind + node.path("value").asText()).ifPresent(bodies::add);
                return;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(field.getValue(), field.getKey(), bodies);
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, member, bodies));
        } else if (node.isTextual() && member != null) {
            if (BODY_MEMBERS.contains(member)) {
                bodies.add(node.asText());
            } else if (member.equals("tripId")) {
                reference("trip:" + node.asText()).ifPresent(bodies::add);
            } else if (member.equals("programmeId") || member.equals("programme")) {
                reference("programme:" + node.asText()).ifPresent(bodies::add);
            }
        }
    }

    private Optional<String> reference(String id) {
        return referenced.computeIfAbsent(id, lineage::bodyOf);
    }

    private boolean inScope(String body) {
        return inScope.computeIfAbsent(body, candidate -> {
            if (candidate.equals(scope)) {
                return true;
            }
            try {
                Optional<BodyDirectoryEntry> entry = directory.find(new BodyId(candidate));
                return entry.isPresent() && entry.get().ancestors().contains(scope);
            } catch (IllegalArgumentException notABodyId) {
                return false;
            }
        });
    }
}
