package org.unionfund.ledger.platform.eventstore;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A stored payload or metadata: a JSON tree read from its BSON value, or the serializer's own text when it could not
 * be stored as BSON. Either is a content type the Jackson serializer and upcasters convert from.
 */
final class StoredData implements SerializedObject<Object> {

    private final SerializedType type;
    private final Object data;
    private final boolean text;

    StoredData(SerializedType type, Object data, boolean text) {
        this.type = type;
        this.data = data;
        this.text = text;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Class<Object> getContentType() {
        return (Class) (text ? String.class : JsonNode.class);
    }

    @Override
    public SerializedType getType() {
        return type;
    }

    @Override
    public Object getData() {
        return data;
    }

    @Override
    public String toString() {
        return "StoredData{type=" + type + ", data=" + data + '}';
    }
}
