package org.unionfund.ledger.statistics;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.unionfund.ledger.funds.api.UnionBodyRegisteredEvent;
import org.unionfund.ledger.platform.projection.BatchKeys;
import org.unionfund.ledger.platform.projection.BatchStore;
import org.unionfund.ledger.platform.projection.StateStore;
import org.unionfund.ledger.platform.projection.WriteOnceStore;

import com.mongodb.client.MongoCollection;

/**
 * A projection's own copy of the union tree, built from {@link UnionBodyRegisteredEvent}s (so the projection
 * depends on nothing but the log): per body its level and its path to the root, body first. A body is registered
 * before any event about it (the ledger refuses unknown bodies), so the path is always known when needed.
 */
public final class BodyTree implements BatchStore {

    /** A body's level and its path: the body, its parent, ..., the root. */
    public record Node(String id, String ledger, String level, List<String> path) {
    }

    private final WriteOnceStore<Node> nodes;

    public BodyTree(MongoCollection<Document> collection) {
        this.nodes = new WriteOnceStore<>(collection, new StateStore.Codec<>() {
            @Override
            public Node decode(Document d) {
                return new Node(d.getString("_id"), d.getString("ledger"), d.getString("level"),
                        d.getList("path", String.class));
            }

            @Override
            public Document encode(Node n) {
                return new Document("ledger", n.ledger()).append("level", n.level()).append("path", n.path());
            }
        }, 1_000_000);
    }

    public void register(UnionBodyRegisteredEvent event) {
        List<String> path = new ArrayList<>();
        path.add(event.bodyId().value());
        if (event.parentId() != null) {
            Node parent = node(event.parentId().value());
            path.addAll(parent.path());
        }
        nodes.put(event.bodyId().value(), new Node(event.bodyId().value(), event.ledgerId().rootBodyId(),
                event.level().name(), List.copyOf(path)));
    }

    @Override
    public void load(BatchKeys keys) {
        nodes.load(keys.of(this));
    }

    /** The body's node; an unknown body is an error (the ledger never books for unregistered bodies). */
    public Node node(String body) {
        Node node = nodes.get(body);
        if (node == null) {
            throw new IllegalStateException("body " + body + " is not in the projection's body tree");
        }
        return node;
    }

    @Override
    public int flush() {
        return nodes.flush();
    }

    @Override
    public void discard() {
        nodes.discard();
    }
}
