package org.unionfund.ledger.platform.store.h2;

import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A total order on index keys that is zero exactly when the keys are equal, which is all a unique index needs:
 * first by kind of value, then by value. Kinds without a natural order here fall back to their bytes.
 */
final class KeyOrder {

    private static final List<Class<?>> KINDS = List.of(KeyValue.class, String.class, Long.class, Integer.class,
            Double.class, Boolean.class, Instant.class, ObjectId.class, UUID.class, Document.class, List.class);

    private KeyOrder() {
    }

    static int compare(Object a, Object b) {
        if (a == b) {
            return 0;
        }
        if (a == null || b == null) {
            return a == null ? -1 : 1;
        }
        int kind = Integer.compare(kind(a), kind(b));
        if (kind != 0) {
            return kind;
        }
        if (a instanceof KeyValue || a instanceof List) {
            return sequence(((Iterable<?>) a).iterator(), ((Iterable<?>) b).iterator());
        }
        if (a instanceof Document x && b instanceof Document y) {
            return document(x, y);
        }
        if (a instanceof Comparable<?> && a.getClass() == b.getClass()) {
            @SuppressWarnings("unchecked")
            Comparable<Object> comparable = (Comparable<Object>) a;
            return comparable.compareTo(b);
        }
        return other(a, b);
    }

    private static int kind(Object value) {
        for (int i = 0; i < KINDS.size(); i++) {
            if (KINDS.get(i).isInstance(value)) {
                return i;
            }
        }
        return KINDS.size();
    }

    private static int sequence(Iterator<?> a, Iterator<?> b) {
        while (a.hasNext() && b.hasNext()) {
            int element = compare(a.next(), b.next());
            if (element != 0) {
                return element;
            }
        }
        return Boolean.compare(a.hasNext(), b.hasNext());
    }

    private static int document(Document a, Document b) {
        Iterator<Map.Entry<String, Object>> x = a.entrySet().iterator();
        Iterator<Map.Entry<String, Object>> y = b.entrySet().iterator();
        while (x.hasNext() && y.hasNext()) {
            Map.Entry<String, Object> left = x.next();
            Map.Entry<String, Object> right = y.next();
            int field = left.getKey().compareTo(right.getKey());
            if (field == 0) {
                field = compare(left.getValue(), right.getValue());
            }
            if (field != 0) {
                return field;
            }
        }
        return Boolean.compare(x.hasNext(), y.hasNext());
    }

    /** Values of other kinds (decimals, binary, timestamps, Missing, …): by class, then equal or by bytes. */
    private static int other(Object a, Object b) {
        int type = a.getClass().getName().compareTo(b.getClass().getName());
        if (type != 0 || a.equals(b)) {
            return type;
        }
        return Arrays.compareUnsigned(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
    }
}
