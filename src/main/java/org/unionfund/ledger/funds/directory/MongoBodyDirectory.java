package org.unionfund.ledger.funds.directory;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.stereotype.Component;
import org.unionfund.ledger.kernel.BodyDirectory;
import org.unionfund.ledger.kernel.BodyDirectoryEntry;
import org.unionfund.ledger.kernel.BodyId;
import org.unionfund.ledger.kernel.UnionBodyLevel;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The body directory in collection {@code body_directory}, one document per body ({@code _id} = body id) holding
 * its ledger, parent, level, name, ancestor path and children. Every read is an {@code _id} look-up ({@code $in}
 * for several), which the embedded server answers from its primary index.
 */
@Component
public class MongoBodyDirectory implements BodyDirectory {

    static final String COLLECTION = "body_directory";

    private final MongoCollection<Document> bodies;

    public MongoBodyDirectory(MongoDatabase database) {
        this.bodies = database.getCollection(COLLECTION);
    }

    @Override
    public Optional<BodyDirectoryEntry> find(BodyId body) {
        return Optional.ofNullable(bodies.find(eq("_id", body.value())).first()).map(MongoBodyDirectory::entry);
    }

    @Override
    public Map<String, BodyDirectoryEntry> findAll(Collection<BodyId> ids) {
        Map<String, BodyDirectoryEntry> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> keys = ids.stream().map(BodyId::value).distinct().toList();
        for (Document document : bodies.find(in("_id", keys))) {
            BodyDirectoryEntry entry = entry(document);
            found.put(entry.bodyId(), entry);
        }
        return found;
    }

    @Override
    public List<BodyDirectoryEntry> children(BodyId body) {
        Optional<BodyDirectoryEntry> parent = find(body);
        if (parent.isEmpty() || parent.get().children().isEmpty()) {
            return List.of();
        }
        List<BodyDirectoryEntry> children = new ArrayList<>(
                findAll(parent.get().children().stream().map(BodyId::new).toList()).values());
        children.sort(Comparator.comparing(BodyDirectoryEntry::bodyId));
        return children;
    }

    /** Records a registration; idempotent. The parent (if any) must already be in the directory. */
    public void record(UnionBodyRegisteredEvent registration) {
        String body = registration.bodyId().value();
        List<String> ancestors = new ArrayList<>();
        if (registration.parentId() != null) {
            BodyDirectoryEntry parent = find(registration.parentId()).orElseThrow(() -> new IllegalStateException(
                    "parent " + registration.parentId() + " of " + body + " is not in the body directory yet"));
            ancestors.addAll(parent.ancestors());
            ancestors.add(parent.bodyId());
        }
        bodies.updateOne(eq("_id", body), Updates.combine(
                        Updates.set("ledgerId", registration.ledgerId().rootBodyId()),
                        Updates.set("parentId", registration.parentId() == null ? null
                                : registration.parentId().value()),
                        Updates.set("level", registration.level().name()),
                        Updates.set("name", registration.name()),
                        Updates.set("ancestors", ancestors)),
                new UpdateOptions().upsert(true));
        if (registration.parentId() != null) {
            bodies.updateOne(eq("_id", registration.parentId().value()), Updates.addToSet("children", body));
        }
    }

    private static BodyDirectoryEntry entry(Document document) {
        return new BodyDirectoryEntry(document.getString("_id"), document.getString("ledgerId"),
                document.getString("parentId"), UnionBodyLevel.valueOf(document.getString("level")),
                document.getString("name"), document.getList("ancestors", String.class),
                document.getList("children", String.class));
    }
}
