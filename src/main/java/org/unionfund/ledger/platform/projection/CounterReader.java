package org.unionfund.ledger.platform.projection;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;

import com.mongodb.client.MongoCollection;

/** Key look-ups of pre-aggregated documents: {@code _id} equality or {@code _id $in}, nothing else. */
public record CounterReader(MongoCollection<Document> collection) {

    public Optional<CounterDoc> get(String id) {
        Document found = collection.find(eq("_id", id)).first();
        return Optional.ofNullable(found).map(CounterDoc::of);
    }

    /** The document, or an empty one (all counters zero) when nothing was counted there yet. */
    public CounterDoc getOrEmpty(String id) {
        return get(id).orElseGet(() -> CounterDoc.empty(id));
    }

    /** The documents with the given ids that exist, by id. */
    public Map<String, CounterDoc> getAll(Collection<String> ids) {
        Map<String, CounterDoc> found = new LinkedHashMap<>();
        documents(ids).values().forEach(document -> {
            CounterDoc doc = CounterDoc.of(document);
            found.put(doc.id(), doc);
        });
        return found;
    }

    /** Raw documents by id ({@code $in}), for state collections. */
    public Map<String, Document> documents(Collection<String> ids) {
        Map<String, Document> found = new LinkedHashMap<>();
        List<String> list = new ArrayList<>(ids);
        for (int from = 0; from < list.size(); from += CounterBatch.READ_CHUNK) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + CounterBatch.READ_CHUNK));
            for (Document document : collection.find(in("_id", chunk)).batchSize(chunk.size())) {
                found.put(String.valueOf(document.get("_id")), document);
            }
        }
        return found;
    }
}
