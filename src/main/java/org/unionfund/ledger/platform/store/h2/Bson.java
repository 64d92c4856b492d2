package org.unionfund.ledger.platform.store.h2;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** mongo-java-server's own BSON codec between a document and H2's page buffers. */
final class Bson {

    private Bson() {
    }

    static void write(WriteBuffer out, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        BsonEncoder.encodeDocument(document, bson);
        out.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    /** Reads one document and leaves {@code in} just after it. */
    static Document read(ByteBuffer in) {
        int at = in.position();
        int length = (in.get(at) & 0xFF) | (in.get(at + 1) & 0xFF) << 8 | (in.get(at + 2) & 0xFF) << 16
                | (in.get(at + 3) & 0xFF) << 24;
        ByteBuffer slice = in.slice(at, length);
        in.position(at + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(slice));
    }
}
