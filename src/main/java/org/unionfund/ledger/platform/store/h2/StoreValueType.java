package org.unionfund.ledger.platform.store.h2;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * Documents, document ids and index positions: a document as BSON, an ObjectId as its 12 bytes, anything else
 * (strings, numbers, UUIDs: H2 already stores those compactly) and anything written before this type as H2's
 * {@code ObjectDataType} does. Comparison is H2's on the decoded values, so the keys of a collection keep the
 * order they had whatever encoding each one was written in.
 */
public final class StoreValueType extends BasicDataType<Object> {

    private static final int OBJECT_ID_BYTES = 12;

    private final ObjectDataType h2 = new ObjectDataType();

    @Override
    public void write(WriteBuffer out, Object value) {
        if (value instanceof Document document && ExactBson.document(document)) {
            out.put(Tags.DOCUMENT);
            Bson.write(out, document);
        } else if (value instanceof ObjectId id) {
            out.put(Tags.OBJECT_ID).put(id.toByteArray());
        } else {
            h2.write(out, value);
        }
    }

    @Override
    public Object read(ByteBuffer in) {
        byte tag = in.get(in.position());
        if (tag == Tags.DOCUMENT) {
            in.get();
            return Bson.read(in);
        }
        if (tag == Tags.OBJECT_ID) {
            in.get();
            byte[] id = new byte[OBJECT_ID_BYTES];
            in.get(id);
            return new ObjectId(id);
        }
        return h2.read(in);
    }

    @Override
    public int compare(Object a, Object b) {
        return h2.compare(a, b);
    }

    @Override
    public int getMemory(Object value) {
        return value instanceof Document || value instanceof ObjectId ? MemoryEstimate.of(value) : h2.getMemory(value);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }
}
