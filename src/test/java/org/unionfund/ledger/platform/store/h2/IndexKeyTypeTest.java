package org.unionfund.ledger.platform.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.unionfund.ledger.platform.store.h2.StoreValueTypeTest.write;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/** Index keys: compact and ordered by value in a new map; an index map written before keeps H2's order. */
class IndexKeyTypeTest {

    private static final List<KeyValue> KEYS = List.of(new KeyValue("b"), new KeyValue("a"), new KeyValue(2L),
            new KeyValue(2), new KeyValue(2.0), new KeyValue(true), new KeyValue((Object) null),
            new KeyValue(Missing.getInstance()), new KeyValue(Instant.ofEpochMilli(5)), new KeyValue(new ObjectId()),
            new KeyValue(UUID.randomUUID()), new KeyValue(new Document("x", 1)), new KeyValue(new Document("x", 2L)),
            new KeyValue(new ArrayList<>(List.of(1L, 2L))), new KeyValue(new Decimal128(1L, 2L)),
            new KeyValue("fund-1", 2025L), new KeyValue("fund-1", 2026L));

    @Test
    void keysRoundTripAndCompareEqualOnlyToThemselves(@TempDir Path dir) {
        IndexKeyType type = settledOnEmptyMap(dir);
        for (KeyValue key : KEYS) {
            ByteBuffer written = write(type, key);
            assertThat(written.get(0)).isIn(Tags.INDEX_KEY, Tags.INDEX_KEY_SERIALIZED);
            Object read = type.read(written);
            if (!(key.get(0) instanceof Missing)) {
                assertThat(read).isEqualTo(key);
            }
            assertThat(type.compare(read, key)).isZero();
            for (KeyValue other : KEYS) {
                int forward = Integer.signum(type.compare(key, other));
                assertThat(forward).isEqualTo(-Integer.signum(type.compare(other, key)));
                assertThat(forward == 0).isEqualTo(key == other);
            }
        }
    }

    @Test
    void anIndexMapWrittenBeforeKeepsItsOrderAndEncodingAfterNewWrites(@TempDir Path dir) {
        String file = dir.resolve("index.mv.db").toString();
        MVStore old = new MVStore.Builder().fileName(file).open();
        MVMap<KeyValue, Object> written = old.openMap("ledger.events._index_unique");
        for (int i = 0; i < 200; i++) {
            written.put(new KeyValue("agg-" + i, (long) i), "pos-" + i);
        }
        old.close();

        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, Object> map = open(store, "ledger.events._index_unique");
            assertThat(((IndexKeyType) map.getKeyType()).isLegacy()).isTrue();
            map.put(new KeyValue("agg-new", 1L), "pos-new");
            store.commit();
        }
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, Object> map = open(store, "ledger.events._index_unique");
            assertThat(((IndexKeyType) map.getKeyType()).isLegacy()).isTrue();
            assertThat(map.size()).isEqualTo(201);
            for (int i = 0; i < 200; i++) {
                assertThat(map.get(new KeyValue("agg-" + i, (long) i))).isEqualTo("pos-" + i);
            }
            assertThat(map.get(new KeyValue("agg-new", 1L))).isEqualTo("pos-new");
        }
    }

    @Test
    void aNewIndexMapStaysCompactAcrossReopening(@TempDir Path dir) {
        String file = dir.resolve("index.mv.db").toString();
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, Object> map = open(store, "ledger.events._index_unique");
            KEYS.forEach(key -> map.put(key, key.toString()));
            store.commit();
        }
        try (MVStore store = new MVStore.Builder().fileName(file).open()) {
            MVMap<Object, Object> map = open(store, "ledger.events._index_unique");
            assertThat(((IndexKeyType) map.getKeyType()).isLegacy()).isFalse();
            assertThat(map.size()).isEqualTo(KEYS.size());
            KEYS.forEach(key -> assertThat(map.get(key)).isEqualTo(key.toString()));
        }
    }

    private static IndexKeyType settledOnEmptyMap(Path dir) {
        MVStore store = new MVStore.Builder().fileName(dir.resolve("empty.mv.db").toString()).open();
        try {
            return (IndexKeyType) open(store, "empty").getKeyType();
        } finally {
            store.close();
        }
    }

    private static MVMap<Object, Object> open(MVStore store, String name) {
        MVMap<Object, Object> map = store.openMap(name,
                new MVMap.Builder<Object, Object>().keyType(new IndexKeyType()).valueType(new StoreValueType()));
        IndexKeyType.settle(map);
        return map;
    }
}
