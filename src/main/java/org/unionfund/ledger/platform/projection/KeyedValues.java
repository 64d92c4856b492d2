package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * A map stored as a list of {@code {k, v}} documents: client ids may contain dots, which are not safe as field
 * names, so keyed values (per participant, per posting) are never stored as a sub-document keyed by the id.
 */
public final class KeyedValues {

    private KeyedValues() {
    }

    /** The map stored in {@code field} of {@code d} (empty when absent), in stored order. */
    public static Map<String, Object> read(Document d, String field) {
        Map<String, Object> map = new LinkedHashMap<>();
        List<Document> list = d.getList(field, Document.class);
        if (list != null) {
            list.forEach(entry -> map.put(entry.getString("k"), entry.get("v")));
        }
        return map;
    }

    public static void write(Document d, String field, Map<String, ?> map) {
        List<Document> list = new ArrayList<>(map.size());
        map.forEach((k, v) -> list.add(new Document("k", k).append("v", v)));
        d.put(field, list);
    }

    /** Sum of the values (numbers) of the map in {@code field}. */
    public static long sum(Document d, String field) {
        long total = 0;
        for (Object value : read(d, field).values()) {
            total = Math.addExact(total, ((Number) value).longValue());
        }
        return total;
    }
}
