package org.unionfund.ledger.platform.store.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.DataType;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/** Every BSON value the ledger stores comes back equal and of the same class; older encodings still read. */
class StoreValueTypeTest {

    private final StoreValueType type = new StoreValueType();

    @Test
    void aString() {
        assertFieldRoundTrips("名称 name \u0000 inside");
    }

    @Test
    void anInt32() {
        assertFieldRoundTrips(Integer.MIN_VALUE);
    }

    @Test
    void anInt64() {
        assertFieldRoundTrips(Long.MAX_VALUE);
    }

    @Test
    void aDouble() {
        assertFieldRoundTrips(-0.1);
    }

    @Test
    void aDecimal() {
        assertFieldRoundTrips(new Decimal128(123L, 0x3040000000000000L));
    }

    @Test
    void aBoolean() {
        assertFieldRoundTrips(Boolean.TRUE);
    }

    @Test
    void aDate() {
        assertFieldRoundTrips(Instant.ofEpochMilli(1_765_152_000_123L));
    }

    @Test
    void aNestedDocument() {
        assertFieldRoundTrips(new Document("fen", 12_345L).append("inner", new Document("a", "b")));
    }

    @Test
    void anArray() {
        assertFieldRoundTrips(new ArrayList<>(List.of(1L, "two", new Document("three", 3))));
    }

    @Test
    void aNull() {
        assertFieldRoundTrips(null);
    }

    @Test
    void binary() {
        Document read = roundTrip(new Document("v", new BinData(new byte[] {0, 1, (byte) 0xFF})));
        assertThat(((BinData) read.get("v")).getData()).containsExactly(0, 1, 0xFF);
    }

    @Test
    void anObjectIdInADocumentAndAlone() {
        ObjectId id = new ObjectId();
        assertFieldRoundTrips(id);
        assertThat(readBack(id)).isEqualTo(id).isInstanceOf(ObjectId.class);
    }

    @Test
    void aUuid() {
        assertFieldRoundTrips(UUID.randomUUID());
    }

    @Test
    void fieldOrderIsKept() {
        Document document = new Document("z", 1).append("a", 2).append("m", 3);
        assertThat(roundTrip(document).keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void aDocumentBsonCannotCarryExactlyKeepsH2sEncoding() {
        Document document = new Document("at", Instant.ofEpochSecond(1, 123_456));
        ByteBuffer written = write(type, document);
        assertThat(written.get(0)).isEqualTo((byte) 19);
        assertThat(type.read(written)).isEqualTo(document);
    }

    @Test
    void documentsAndIdsWrittenByH2sOwnTypeStillRead() {
        Document document = new Document("_id", new ObjectId()).append("fen", 100L);
        ObjectDataType h2 = new ObjectDataType();
        assertThat(type.read(write(h2, document))).isEqualTo(document);
        assertThat(type.read(write(h2, document.get("_id")))).isEqualTo(document.get("_id"));
        assertThat(type.read(write(h2, "seq-1"))).isEqualTo("seq-1");
    }

    @Test
    void documentsAreStoredAsBsonAndMuchSmallerThanJavaSerialisation() {
        Document document = new Document("_id", new ObjectId()).append("type", "FundAllocated").append("fen", 1L);
        ByteBuffer ours = write(type, document);
        ByteBuffer h2s = write(new ObjectDataType(), document);
        assertThat(ours.get(0)).isEqualTo(Tags.DOCUMENT);
        assertThat(ours.remaining()).isLessThan(h2s.remaining() / 4);
    }

    @Test
    void idsCompareAsH2ComparedThemWhateverTheirEncoding() {
        ObjectId first = new ObjectId();
        ObjectId second = new ObjectId();
        ObjectDataType h2 = new ObjectDataType();
        assertThat(Integer.signum(type.compare(readBack(first), h2.read(write(h2, second)))))
                .isEqualTo(Integer.signum(h2.compare(first, second)));
        assertThat(Integer.signum(type.compare("a", 1L))).isEqualTo(Integer.signum(h2.compare("a", 1L)));
    }

    private void assertFieldRoundTrips(Object value) {
        Document read = roundTrip(new Document("v", value));
        assertThat(read.get("v")).isEqualTo(value);
        if (value != null) {
            assertThat(read.get("v")).isInstanceOf(value.getClass());
        }
    }

    private Document roundTrip(Document document) {
        ByteBuffer written = write(type, document);
        assertThat(written.get(0)).isEqualTo(Tags.DOCUMENT);
        Object read = type.read(written);
        assertThat(written.remaining()).isZero();
        assertThat(read).isEqualTo(document).isInstanceOf(Document.class);
        return (Document) read;
    }

    private Object readBack(Object value) {
        return type.read(write(type, value));
    }

    static ByteBuffer write(DataType<Object> type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, value);
        return buffer.getBuffer().flip();
    }
}
