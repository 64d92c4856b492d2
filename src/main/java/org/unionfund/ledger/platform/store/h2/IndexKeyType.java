package org.unionfund.ledger.platform.store.h2;

import java.nio.ByteBuffer;
import java.util.ArrayList;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The keys of a unique index. H2's {@code ObjectDataType} orders them by their Java-serialised bytes, serialising
 * both sides of every comparison; this type writes them as BSON and orders them by value ({@link KeyOrder}). An
 * index map written before this type is sorted in the old order, and one map must never mix two orders, so each
 * map settles once, when opened, from the encoding its keys carry: such a map keeps H2's encoding and order for
 * good, an empty or new one uses ours for good.
 */
public final class IndexKeyType extends BasicDataType<Object> {

    private enum Mode { UNSETTLED, COMPACT, H2 }

    private final ObjectDataType h2 = new ObjectDataType();
    private volatile Mode mode = Mode.UNSETTLED;

    /** Settles the order of {@code map}, whose key type this is, before anything else uses it. */
    public static void settle(MVMap<?, ?> map) {
        IndexKeyType keys = (IndexKeyType) map.getKeyType();
        if (keys.mode == Mode.UNSETTLED) {
            if (map.firstKey() == null) {
                keys.mode = Mode.COMPACT;
            } else if (keys.mode == Mode.UNSETTLED) {
                throw new IllegalStateException("the keys of index map " + map.getName() + " were not read");
            }
        }
    }

    /** Whether this map stores its keys in the order and encoding written before this type. */
    public boolean isLegacy() {
        return mode == Mode.H2;
    }

    @Override
    public void write(WriteBuffer out, Object key) {
        if (settled() == Mode.H2) {
            h2.write(out, key);
        } else if (key instanceof KeyValue values && ExactBson.values(values)) {
            out.put(Tags.INDEX_KEY);
            Bson.write(out, asArray(values));
        } else {
            out.put(Tags.INDEX_KEY_SERIALIZED);
            h2.write(out, key);
        }
    }

    @Override
    public Object read(ByteBuffer in) {
        byte tag = in.get(in.position());
        if (mode == Mode.UNSETTLED) {
            mode = Tags.isOurs(tag) ? Mode.COMPACT : Mode.H2;
        }
        if (tag == Tags.INDEX_KEY) {
            in.get();
            return new KeyValue(new ArrayList<>(Bson.read(in).values()));
        }
        if (tag == Tags.INDEX_KEY_SERIALIZED) {
            in.get();
        }
        return h2.read(in);
    }

    @Override
    public int compare(Object a, Object b) {
        return settled() == Mode.H2 ? h2.compare(a, b) : KeyOrder.compare(a, b);
    }

    @Override
    public int getMemory(Object key) {
        return settled() == Mode.H2 ? h2.getMemory(key) : MemoryEstimate.of(key);
    }

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    private Mode settled() {
        Mode settled = mode;
        if (settled == Mode.UNSETTLED) {
            throw new IllegalStateException("index key order used before the map was settled");
        }
        return settled;
    }

    private static Document asArray(KeyValue values) {
        Document array = new Document();
        int index = 0;
        for (Object value : values) {
            array.put(Integer.toString(index++), value);
        }
        return array;
    }
}
