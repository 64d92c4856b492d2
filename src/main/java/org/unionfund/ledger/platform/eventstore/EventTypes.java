package org.unionfund.ledger.platform.eventstore;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.unionfund.ledger.kernel.Require;

/**
 * The one registry of stored event type names (docs/audit.md, "Event type names"). Every event is stored under a
 * short stable name chosen once, never under its Java class name, so a class can move to another package without
 * changing a stored byte, a hash or an export line. Events stored before the names existed carry the class name
 * they had then; {@code legacyName} keeps those readable for ever (never change it when a class moves).
 * <p>
 * The platform knows no event class: each context lists its own in one {@link EventTypeCatalog} (for example
 * {@code funds/FundsEventTypes}), named in {@code META-INF/services}, and this registry joins them.
 * <p>
 * Adding an event: one line in its context's catalog with a new name (past tense, without the {@code Event}
 * suffix), its revision and a null {@code legacyName}, and a row in docs/audit.md's table. A name is never reused or renamed; a changed
 * payload gets a new revision (here and in its {@code @Revision}) and an upcaster.
 */
public final class EventTypes {

    /** A registered event: its stored name, class and revision, and the class name it was stored under before. */
    public record EventType(String name, Class<?> type, String revision, String legacyName) {

        public EventType {
            Require.present(name, "name", type, "type", revision, "revision");
        }
    }

    /** Every event of the ledger, as the contexts' {@link EventTypeCatalog}s name them. */
    public static final EventTypes LEDGER = fromCatalogs();

    private final List<EventType> types;
    private final Map<Class<?>, EventType> byClass = new HashMap<>();
    private final Map<String, EventType> byStoredName = new HashMap<>();

    public EventTypes(List<EventType> types) {
        this.types = List.copyOf(types);
        for (EventType type : this.types) {
            unique(byClass.put(type.type(), type), type.type().getName());
            unique(byStoredName.put(type.name(), type), type.name());
            if (type.legacyName() != null) {
                unique(byStoredName.put(type.legacyName(), type), type.legacyName());
            }
        }
    }

    /** The registry of every catalog listed in META-INF/services (one per context), in the listed order. */
    public static EventTypes fromCatalogs() {
        List<EventType> types = new ArrayList<>();
        ServiceLoader.load(EventTypeCatalog.class, EventTypes.class.getClassLoader())
                .forEach(catalog -> types.addAll(catalog.eventTypes()));
        if (types.isEmpty()) {
            // without names every event would be stored under its class name: refuse rather than write those
            throw new IllegalStateException("no EventTypeCatalog in META-INF/services");
        }
        return new EventTypes(types);
    }

    public static EventType type(String name, Class<?> type, String revision, String legacyName) {
        return new EventType(name, type, revision, legacyName);
    }

    public Collection<EventType> all() {
        return types;
    }

    /** The registered type of a payload class, if it is registered. */
    public Optional<EventType> ofClass(Class<?> type) {
        return Optional.ofNullable(byClass.get(type));
    }

    /** The registered type stored as {@code storedName}: its stable name or its legacy class name. */
    public Optional<EventType> ofStoredName(String storedName) {
        return Optional.ofNullable(storedName == null ? null : byStoredName.get(storedName));
    }

    /** The stable name of a stored type name (the stored name itself when it is not registered). */
    public String stableName(String storedName) {
        return ofStoredName(storedName).map(EventType::name).orElse(storedName);
    }

    /**
     * How a stored type is shown: the stable name of a registered (or legacy) name, else the simple class name of
     * an unregistered one.
     */
    public static String shortName(String storedName) {
        if (storedName == null) {
            return null;
        }
        String stable = LEDGER.stableName(storedName);
        return stable.substring(Math.max(stable.lastIndexOf('.'), stable.lastIndexOf('$')) + 1);
    }

    private static void unique(EventType previous, String key) {
        if (previous != null) {
            throw new IllegalArgumentException("event type registered twice: " + key);
        }
    }
}
