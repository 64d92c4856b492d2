package org.unionfund.ledger.platform.store.h2;

import java.util.Map;

/** A rough heap size of a decoded value, for H2's page-size bookkeeping. */
final class MemoryEstimate {

    private static final int OBJECT = 24;
    private static final int ENTRY = 40;

    private MemoryEstimate() {
    }

    static int of(Object value) {
        if (value instanceof String string) {
            return OBJECT + 16 + string.length();
        }
        if (value instanceof Map<?, ?> map) {
            int size = OBJECT * 3;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += ENTRY + of(entry.getKey()) + of(entry.getValue());
            }
            return size;
        }
        if (value instanceof Iterable<?> values) {
            int size = OBJECT * 2;
            for (Object element : values) {
                size += 8 + of(element);
            }
            return size;
        }
        return OBJECT;
    }
}
