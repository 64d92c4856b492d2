package org.unionfund.ledger.platform.store.h2;

/**
 * First bytes of the compact encodings. H2's {@code ObjectDataType} (2.3.232) reads its tag as a signed byte and
 * writes only 0..119, so a negative first byte can never start a value it wrote: a reader tells the two formats
 * apart by that byte alone, and stores written before these types keep reading.
 */
final class Tags {

    /** A {@code Document} as BSON. */
    static final byte DOCUMENT = (byte) 0xD0;
    /** An {@code ObjectId}: its 12 bytes. */
    static final byte OBJECT_ID = (byte) 0xD1;
    /** An index key: its values as a BSON array document. */
    static final byte INDEX_KEY = (byte) 0xD2;
    /** An index key BSON cannot carry exactly: H2's own encoding follows, behind this tag. */
    static final byte INDEX_KEY_SERIALIZED = (byte) 0xD3;

    private Tags() {
    }

    static boolean isOurs(byte tag) {
        return tag < 0;
    }
}
