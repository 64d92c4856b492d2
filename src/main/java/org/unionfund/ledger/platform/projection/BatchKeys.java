package org.unionfund.ledger.platform.projection;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** The keys a batch wants loaded, per store (the store object itself is the key, so no name can be mistyped). */
public final class BatchKeys {

    private final Map<Object, Set<String>> keys = new IdentityHashMap<>();

    public void add(Object store, String key) {
        keys.computeIfAbsent(store, k -> new HashSet<>()).add(key);
    }

    /** The keys wanted from {@code store} (a live set: keys added later are part of it). */
    public Set<String> of(Object store) {
        return keys.computeIfAbsent(store, k -> new HashSet<>());
    }
}
