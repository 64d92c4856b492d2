package org.unionfund.ledger.platform.eventstore;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

/**
 * The event serializer as the storage engine uses it: registered payloads ({@link EventTypes}) are written under
 * their stable name and revision; a stored stable name or legacy class name is read back as the class registered
 * under it now. Everything else (metadata, unregistered payloads) passes through unchanged.
 */
final class StableTypeSerializer implements Serializer {

    private final Serializer delegate;
    private final EventTypes types;

    StableTypeSerializer(Serializer delegate, EventTypes types) {
        this.delegate = delegate;
        this.types = types;
    }

    Serializer delegate() {
        return delegate;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        SerializedObject<T> serialized = delegate.serialize(object, expectedRepresentation);
        if (object == null) {
            return serialized;
        }
        return types.ofClass(object.getClass())
                    .<SerializedObject<T>>map(type -> new SimpleSerializedObject<>(
                            serialized.getData(), serialized.getContentType(), type.name(), type.revision()))
                    .orElse(serialized);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedType stored = serializedObject.getType();
        SerializedType local = classNameOf(stored);
        if (local == stored) {
            return delegate.deserialize(serializedObject);
        }
        return delegate.deserialize(new SimpleSerializedObject<>(serializedObject.getData(),
                                                                 serializedObject.getContentType(), local));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(classNameOf(type));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return types.ofClass(type).<SerializedType>map(t -> new SimpleSerializedType(t.name(), t.revision()))
                    .orElseGet(() -> delegate.typeForClass(type));
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    /** The type as the delegate knows it: the registered class's name for a registered stored name. */
    private SerializedType classNameOf(SerializedType stored) {
        return types.ofStoredName(stored.getName())
                    .<SerializedType>map(t -> new SimpleSerializedType(t.type().getName(), stored.getRevision()))
                    .orElse(stored);
    }
}
