package org.unionfund.ledger.relief.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.platform.projection.MongoCollections;
import org.unionfund.ledger.platform.projection.SingleCollectionProjection;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.relief.api.EligibleRegisteredEvent;
import org.unionfund.ledger.relief.api.GroupCount;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

/**
 * The latest registered count per body, year and group ({@code relief_eligible}), with the body's path so a region
 * sums its subtree. A later registration replaces a group's count; rewriting the same document is idempotent.
 */
@Component
@ProcessingGroup(EligibleCounts.GROUP)
public class EligibleCounts extends SingleCollectionProjection {

    /** Its own group: rebuild-and-compare and as-of replays take one projection bean per processing group. */
    public static final String GROUP = "relief-eligible";
    static final String ELIGIBLE = "relief_eligible";

    public EligibleCounts(MongoDatabase database) {
        super(database, ELIGIBLE);
    }

    @EventHandler
    void on(EligibleRegisteredEvent e) {
        for (GroupCount count : e.counts()) {
            String id = e.bodyId().value() + "/" + e.year() + "/" + count.group();
            MongoCollections.replace(collection, id, new Document("_id", id).append("body", e.bodyId().value())
                    .append("path", e.bodyPath().stream().map(BodyId::value).toList()).append("year", e.year())
                    .append("group", count.group()).append("count", count.count()));
        }
    }

    /** Eligible workers registered in the region of {@code bodyId} (its subtree) for the year, by group. */
    public Map<String, Long> inRegion(String bodyId, int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Document d : collection.find(Filters.and(Filters.eq("path", bodyId), Filters.eq("year", year)))) {
            counts.merge(d.getString("group"), d.getLong("count"), Math::addExact);
        }
        return counts;
    }
}
