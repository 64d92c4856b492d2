package org.unionfund.ledger.funds.directory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.web.RequestProblem;
import org.unionfund.ledger.platform.web.validation.SafeIdentifierValidator;
import org.unionfund.ledger.security.CurrentPrincipal;
import org.unionfund.ledger.security.LedgerPrincipal;
import org.unionfund.ledger.security.scope.ScopeGuard;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;

/**
 * The bodies a list endpoint shows: the {@code region} asked for with its subtree, or, without one, the reader's
 * own subtree (a clerk or provincial staffer) or everything (an auditor). The region must be in the reader's scope
 * ({@link ScopeGuard#read}: 403 {@code out-of-scope}); a malformed one is 400 {@code invalid-id} and an unknown one
 * 404, both naming {@code region}. Also the names of the bodies, for the lists' labels.
 */
@Component
public class ListedBodies {

    /** {@code bodies} null: every body; {@code names}: body id → name of every body listed. */
    public record Selection(String region, Set<String> bodies, Map<String, String> names) {

        public boolean includes(String body) {
            return body != null && (bodies == null || bodies.contains(body));
        }

        public String name(String body) {
            return body == null ? null : names.getOrDefault(body, body);
        }
    }

    private final MongoCollection<Document> directory;
    private final ScopeGuard scope;

    public ListedBodies(MongoDatabase database, ScopeGuard scope) {
        this.directory = database.getCollection(MongoBodyDirectory.COLLECTION);
        this.scope = scope;
    }

    public Selection select(String region) {
        String start = region == null || region.isBlank() ? defaultRegion() : region;
        Map<String, String> names = new HashMap<>();
        if (start == null) {
            directory.find().projection(Projections.include("name"))
                    .forEach(d -> names.put(d.getString("_id"), d.getString("name")));
            return new Selection(null, null, names);
        }
        if (!SafeIdentifierValidator.isSafe(start, 64)) {
            throw RequestProblem.badRequest("invalid-id", "region", "region must be 1 to 64 characters of "
                    + "A-Z a-z 0-9 . _ : -");
        }
        scope.read(start, "region");
        Set<String> bodies = new HashSet<>();
        directory.find(Filters.or(Filters.eq("_id", start), Filters.eq("ancestors", start)))
                .projection(Projections.include("name")).forEach(d -> {
                    bodies.add(d.getString("_id"));
                    names.put(d.getString("_id"), d.getString("name"));
                });
        if (bodies.isEmpty()) {
            throw RequestProblem.notFound("region", "union body " + start + " is not registered");
        }
        // names of bodies above the region label what comes from above (an allocation's sender)
        directory.find(Filters.eq("_id", start)).forEach(d -> {
            var ancestors = d.getList("ancestors", String.class);
            if (ancestors != null && !ancestors.isEmpty()) {
                directory.find(Filters.in("_id", ancestors)).projection(Projections.include("name"))
                        .forEach(a -> names.put(a.getString("_id"), a.getString("name")));
            }
        });
        return new Selection(start, bodies, names);
    }

    private static String defaultRegion() {
        LedgerPrincipal principal = CurrentPrincipal.get().orElse(null);
        return principal != null && principal.role().readsSubtreeOnly() ? principal.body() : null;
    }
}
