package org.unionfund.ledger.platform.store.h2;

import java.util.Map;

/**
 * What a value counts for in H2's page sizes and page cache: twice its encoded length, as H2 counts a value it
 * serialises, with the BSON length estimated from the value instead of encoding it. Much more and H2 splits pages
 * and leaves large commit documents out of its cache (an item above 1/16 of the cache is never kept).
 */
final class MemoryEstimate {

    private static final int OVERHEAD = 24;
    private static final int SCALAR = 8;

    private MemoryEstimate() {
    }

    static int of(Object value) {
        return OVERHEAD + 2 * bsonLength(value);
    }

    private static int bsonLength(Object value) {
        if (value instanceof String string) {
            return 5 + string.length();
        }
        if (value instanceof Map<?, ?> map) {
            int length = 5;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                length += 2 + entry.getKey().toString().length() + bsonLength(entry.getValue());
            }
            return length;
        }
        if (value instanceof Iterable<?> values) {
            int length = 5;
            for (Object element : values) {
                length += 3 + bsonLength(element);
            }
            return length;
        }
        return value == null ? 0 : SCALAR;
    }
}
