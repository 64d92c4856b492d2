package org.unionfund.ledger.platform.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The events a {@link BatchProjection} handles, each named once: per payload type the keys it wants loaded before
 * the batch is applied (optional) and how it is applied. The projection's type filter, its prefetch pass and its
 * dispatch all derive from this table. A route for an interface takes every event implementing it; the first
 * matching route wins.
 */
public final class EventRoutes {

    private record Route<T>(Class<T> type, BiConsumer<T, BatchKeys> prefetch,
            BiConsumer<PositionedEvent, T> apply) {

        void prefetch(Object payload, BatchKeys keys) {
            prefetch.accept(type.cast(payload), keys);
        }

        void apply(PositionedEvent event) {
            apply.accept(event, type.cast(event.payload()));
        }
    }

    private final List<Route<?>> routes = new ArrayList<>();
    private final Map<Class<?>, Optional<Route<?>>> resolved = new ConcurrentHashMap<>();

    /** Events of {@code type} are applied by {@code apply} and need nothing loaded first. */
    public <T> EventRoutes on(Class<T> type, BiConsumer<PositionedEvent, T> apply) {
        return on(type, (payload, keys) -> {
        }, apply);
    }

    /** Events of {@code type} name the keys they need in {@code prefetch}, then are applied by {@code apply}. */
    public <T> EventRoutes on(Class<T> type, BiConsumer<T, BatchKeys> prefetch, BiConsumer<PositionedEvent, T> apply) {
        routes.add(new Route<>(type, prefetch, apply));
        resolved.clear();
        return this;
    }

    public boolean handles(Class<?> payloadType) {
        return route(payloadType).isPresent();
    }

    /** The keys every event of the batch wants loaded, per store. */
    public BatchKeys prefetch(List<PositionedEvent> batch) {
        BatchKeys keys = new BatchKeys();
        for (PositionedEvent e : batch) {
            route(e.payload().getClass()).ifPresent(r -> r.prefetch(e.payload(), keys));
        }
        return keys;
    }

    /** Applies the batch's events in delivery order. */
    public void apply(List<PositionedEvent> batch) {
        for (PositionedEvent e : batch) {
            route(e.payload().getClass()).ifPresent(r -> r.apply(e));
        }
    }

    private Optional<Route<?>> route(Class<?> payloadType) {
        return resolved.computeIfAbsent(payloadType,
                t -> routes.stream().filter(r -> r.type().isAssignableFrom(t)).findFirst());
    }
}
