package org.unionfund.ledger.platform.projection;

import static com.mongodb.client.model.Filters.eq;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.RuleViolation;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;

/**
 * Replays, at start-up, the projections whose collections were built in an older layout than their code's
 * ({@link BatchProjection#layout()}), so an existing store never shows what the old layout cannot answer (e.g. fund
 * codes instead of names after the names were keyed by ledger). {@code projection_layouts} holds each projection's
 * layout ({@code _id} = name); a projection with no entry counts as layout 1. A projection whose collections are
 * still empty is only recorded (a fresh store needs no replay); one built in an older layout has its processing group
 * replayed from the start of the log (its reset empties the collections), and its new layout is recorded once the
 * tokens are reset, so a restart during the replay carries on from the reset tokens.
 */
@Component
public record ProjectionLayouts(MongoDatabase database, List<BatchProjection> projections,
        ProcessorAdmin processors) {

    static final String COLLECTION = "projection_layouts";
    private static final Logger log = LoggerFactory.getLogger(ProjectionLayouts.class);

    @EventListener(ApplicationReadyEvent.class)
    public void atStartUp() {
        replayOutdated();
    }

    /** Replays the processing groups of the projections built in an older layout; returns the groups replayed. */
    public Set<String> replayOutdated() {
        MongoCollection<Document> layouts = database.getCollection(COLLECTION);
        Set<String> groups = new LinkedHashSet<>();
        List<BatchProjection> outdated = projections.stream().filter(p -> stored(layouts, p) < p.layout()).toList();
        for (BatchProjection p : outdated) {
            if (built(p)) {
                log.info("Projection {} was built in layout {}, its code has layout {}: replaying group {}", p.name(),
                        stored(layouts, p), p.layout(), p.processingGroup());
                groups.add(p.processingGroup());
            }
        }
        Set<String> replayed = new LinkedHashSet<>();
        for (String group : groups) {
            try {
                processors.replay(group);
                replayed.add(group);
            } catch (RuleViolation notHere) {
                log.warn("Projection layouts: group {} cannot be replayed on this instance: {}", group,
                        notHere.getMessage());
            }
        }
        for (BatchProjection p : outdated) {
            if (groups.contains(p.processingGroup()) && !replayed.contains(p.processingGroup())) {
                continue;
            }
            layouts.replaceOne(eq("_id", p.name()), new Document("_id", p.name()).append("layout", p.layout()),
                    new ReplaceOptions().upsert(true));
        }
        return replayed;
    }

    private static int stored(MongoCollection<Document> layouts, BatchProjection p) {
        Document entry = layouts.find(eq("_id", p.name())).first();
        return entry == null ? 1 : entry.getInteger("layout", 1);
    }

    private boolean built(BatchProjection p) {
        return p.collectionNames().stream().anyMatch(c -> database.getCollection(c).estimatedDocumentCount() > 0);
    }
}
