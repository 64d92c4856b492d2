package org.unionfund.ledger.platform.eventstore;

import java.util.Arrays;
import java.util.Base64;

import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.types.Decimal128;

/**
 * The canonical JSON text of stored BSON values, the form that event and commit hashes are computed over and that
 * the NDJSON export writes (docs/audit.md, "Canonical encoding"). It is a pure function of the stored value:
 * <ul>
 * <li>no white space; object members in stored order; array elements in order;</li>
 * <li>strings: UTF-8, with {@code "} → {@code \"}, {@code \} → {@code \\}, the control characters U+0008, U+0009,
 * U+000A, U+000C, U+000D → {@code \b \t \n \f \r}, other characters below U+0020 and unpaired surrogates →
 * {@code \}{@code u} and four lower-case hex digits; everything else (also non-ASCII) as it is;</li>
 * <li>32- and 64-bit integers in decimal; Decimal128 as its scientific string (the one of
 * {@link java.math.BigDecimal#toString()}, e.g. {@code 1.50}, {@code 1.5E+3}), negative zero as {@code -0.0};</li>
 * <li>{@code true}, {@code false}, {@code null}; values the JSON mapping never stores (doubles, dates, binary, ids)
 * in a fixed textual form so that a tampered type still renders deterministically.</li>
 * </ul>
 */
final class CanonicalJson {

    private static final byte[] HEX = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private CanonicalJson() {
    }

    /** A growable byte buffer that writes UTF-8 and canonical JSON tokens. */
    static final class Sink {
        private byte[] bytes;
        private int size;

        Sink(int capacity) {
            bytes = new byte[Math.max(16, capacity)];
        }

        int size() {
            return size;
        }

        void reset() {
            size = 0;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }

        byte[] toByteArray(int from, int to) {
            return Arrays.copyOfRange(bytes, from, to);
        }

        byte[] buffer() {
            return bytes;
        }

        private void ensure(int extra) {
            if (size + extra > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + extra));
            }
        }

        Sink raw(byte b) {
            ensure(1);
            bytes[size++] = b;
            return this;
        }

        Sink raw(byte[] data) {
            return raw(data, 0, data.length);
        }

        Sink raw(byte[] data, int from, int length) {
            ensure(length);
            System.arraycopy(data, from, bytes, size, length);
            size += length;
            return this;
        }

        /** ASCII text written as it is (names, numbers, hex). */
        Sink ascii(String text) {
            int length = text.length();
            ensure(length);
            for (int i = 0; i < length; i++) {
                bytes[size++] = (byte) text.charAt(i);
            }
            return this;
        }

        Sink number(long value) {
            return ascii(Long.toString(value));
        }

        /** {@code "name":} for a name that needs no escaping. */
        Sink name(String name) {
            ensure(name.length() + 3);
            bytes[size++] = '"';
            ascii(name);
            bytes[size++] = '"';
            bytes[size++] = ':';
            return this;
        }

        /** A JSON string with the canonical escaping. */
        Sink string(String text) {
            int length = text.length();
            ensure(length * 3 + 2);
            bytes[size++] = '"';
            for (int i = 0; i < length; i++) {
                char c = text.charAt(i);
                if (c >= 0x20 && c < 0x80) {
                    if (c == '"' || c == '\\') {
                        ensure(2);
                        bytes[size++] = '\\';
                    }
                    bytes[size++] = (byte) c;
                } else if (c < 0x20) {
                    escapeControl(c);
                } else if (c < 0x800) {
                    bytes[size++] = (byte) (0xc0 | (c >> 6));
                    bytes[size++] = (byte) (0x80 | (c & 0x3f));
                } else if (Character.isHighSurrogate(c) && i + 1 < length
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(++i));
                    ensure(4);
                    bytes[size++] = (byte) (0xf0 | (cp >> 18));
                    bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3f));
                    bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3f));
                    bytes[size++] = (byte) (0x80 | (cp & 0x3f));
                } else if (Character.isSurrogate(c)) {
                    unicodeEscape(c);
                } else {
                    bytes[size++] = (byte) (0xe0 | (c >> 12));
                    bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                    bytes[size++] = (byte) (0x80 | (c & 0x3f));
                }
            }
            ensure(1);
            bytes[size++] = '"';
            return this;
        }

        private void escapeControl(char c) {
            char shortForm = switch (c) {
                case '\b' -> 'b';
                case '\t' -> 't';
                case '\n' -> 'n';
                case '\f' -> 'f';
                case '\r' -> 'r';
                default -> 0;
            };
            if (shortForm != 0) {
                ensure(2);
                bytes[size++] = '\\';
                bytes[size++] = (byte) shortForm;
            } else {
                unicodeEscape(c);
            }
        }

        private void unicodeEscape(char c) {
            ensure(6);
            bytes[size++] = '\\';
            bytes[size++] = 'u';
            bytes[size++] = HEX[(c >> 12) & 0xf];
            bytes[size++] = HEX[(c >> 8) & 0xf];
            bytes[size++] = HEX[(c >> 4) & 0xf];
            bytes[size++] = HEX[c & 0xf];
        }
    }

    /** Renders the value of the given type at the reader's position. */
    static void value(BsonReader reader, BsonType type, Sink out) {
        switch (type) {
            case DOCUMENT -> members(reader, out, true);
            case ARRAY -> members(reader, out, false);
            case STRING -> out.string(reader.readString());
            case INT32 -> out.number(reader.readInt32());
            case INT64 -> out.number(reader.readInt64());
            case DECIMAL128 -> out.ascii(decimal(reader.readDecimal128()));
            case DOUBLE -> {
                double d = reader.readDouble();
                if (Double.isFinite(d)) {
                    out.ascii(Double.toString(d));
                } else {
                    out.string(Double.toString(d));
                }
            }
            case BOOLEAN -> out.ascii(reader.readBoolean() ? "true" : "false");
            case NULL -> {
                reader.readNull();
                out.ascii("null");
            }
            case DATE_TIME -> out.string("$date:" + reader.readDateTime());
            case BINARY -> out.string("$binary:" + Base64.getEncoder().encodeToString(reader.readBinaryData().getData()));
            case OBJECT_ID -> out.string("$oid:" + reader.readObjectId().toHexString());
            default -> {
                reader.skipValue();
                out.string("$" + type.name());
            }
        }
    }

    /** A document ({@code {"name":value,…}}) or an array ({@code [value,…]}), members in stored order. */
    private static void members(BsonReader reader, Sink out, boolean document) {
        if (document) {
            reader.readStartDocument();
        } else {
            reader.readStartArray();
        }
        out.raw((byte) (document ? '{' : '['));
        boolean first = true;
        BsonType type;
        while ((type = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
            if (!first) {
                out.raw((byte) ',');
            }
            first = false;
            if (document) {
                out.string(reader.readName());
                out.raw((byte) ':');
            }
            value(reader, type, out);
        }
        if (document) {
            reader.readEndDocument();
        } else {
            reader.readEndArray();
        }
        out.raw((byte) (document ? '}' : ']'));
    }

    static String decimal(Decimal128 value) {
        if (value.isNaN() || value.isInfinite()) {
            return '"' + value.toString() + '"';
        }
        if (value.isNegative()) {
            try {
                value.bigDecimalValue();
            } catch (ArithmeticException negativeZero) {
                return "-0.0";
            }
        }
        return value.toString();
    }
}
