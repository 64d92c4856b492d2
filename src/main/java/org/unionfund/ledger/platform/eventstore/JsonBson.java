package org.unionfund.ledger.platform.eventstore;

import java.io.IOException;
import java.math.BigDecimal;

import org.bson.BsonBinaryWriter;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Lossless conversion between JSON text and BSON, so payloads are stored as readable sub-documents. Anything that
 * cannot round-trip exactly (field names MongoDB restricts, duplicate names, numbers beyond Decimal128, text that is
 * not JSON) is refused, and the caller then stores the text as it is.
 */
final class JsonBson {

    private static final JsonFactory JSON = JsonFactory.builder()
                                                       .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                                                       .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String WRAPPER = "v";
    /** Returned by {@link #parse} for text that cannot be stored losslessly as BSON. */
    static final Object NOT_BSON = new Object();

    private JsonBson() {
    }

    /**
     * Streams the JSON text as one BSON value to the writer, which must be positioned after a field name. Returns
     * {@code false} if the text cannot be stored losslessly; the writer then holds a partial value and the caller
     * must {@link org.bson.BsonBinaryWriter#reset() reset} it to a mark taken before the name.
     */
    static boolean write(String json, BsonWriter writer) {
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken first = parser.nextToken();
            return first != null && write(parser, first, writer) && parser.nextToken() == null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** A parser with the same settings as the one {@link #write(String, BsonWriter)} uses. */
    static JsonParser parser(byte[] json, int offset, int length) throws IOException {
        return JSON.createParser(json, offset, length);
    }

    /**
     * Streams the JSON value that starts at the parser's current token to the writer (positioned after a field
     * name), leaving the parser on the value's last token. Returns {@code false} if it cannot be stored losslessly.
     */
    static boolean writeCurrent(JsonParser parser, BsonWriter writer) throws IOException {
        return write(parser, parser.currentToken(), writer);
    }

    /** The BSON value for the given JSON text, or {@link #NOT_BSON}. */
    static Object parse(String json) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(json.length() + 32);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            writer.writeName(WRAPPER);
            if (!write(json, writer)) {
                return NOT_BSON;
            }
            writer.writeEndDocument();
        }
        return new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition()).get(WRAPPER);
    }

    private static boolean write(JsonParser parser, JsonToken token, BsonWriter writer) throws IOException {
        switch (token) {
            case START_OBJECT:
                writer.writeStartDocument();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    if (!storableName(name)) {
                        return false;
                    }
                    writer.writeName(name);
                    if (!write(parser, parser.nextToken(), writer)) {
                        return false;
                    }
                }
                writer.writeEndDocument();
                return true;
            case START_ARRAY:
                writer.writeStartArray();
                JsonToken next;
                while ((next = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (!write(parser, next, writer)) {
                        return false;
                    }
                }
                writer.writeEndArray();
                return true;
            case VALUE_STRING:
                writer.writeString(parser.getText());
                return true;
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        writer.writeInt32(parser.getIntValue());
                        return true;
                    case LONG:
                        writer.writeInt64(parser.getLongValue());
                        return true;
                    default:
                        return writeDecimal(writer, new BigDecimal(parser.getBigIntegerValue()), false);
                }
            case VALUE_NUMBER_FLOAT:
                return writeDecimal(writer, parser.getDecimalValue(), parser.getText().startsWith("-"));
            case VALUE_TRUE:
                writer.writeBoolean(true);
                return true;
            case VALUE_FALSE:
                writer.writeBoolean(false);
                return true;
            case VALUE_NULL:
                writer.writeNull();
                return true;
            default:
                return false;
        }
    }

    /** Fractions are stored as Decimal128, not double, so that the JSON read back is the JSON written. */
    private static boolean writeDecimal(BsonWriter writer, BigDecimal value, boolean negative) {
        if (value.signum() == 0 && negative) {
            writer.writeDecimal128(Decimal128.NEGATIVE_ZERO);
            return true;
        }
        try {
            writer.writeDecimal128(new Decimal128(value));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Names MongoDB may refuse or treat as paths or operators are not stored as field names. */
    private static boolean storableName(String name) {
        return !name.isEmpty() && name.charAt(0) != '$' && name.indexOf('.') < 0 && name.indexOf('\0') < 0;
    }

    /** The JSON tree of the BSON value of the given type at the reader's position (as stored by {@link #parse}). */
    static JsonNode readTree(BsonReader reader, BsonType type) {
        switch (type) {
            case DOCUMENT: {
                ObjectNode node = new ObjectNode(NODES);
                reader.readStartDocument();
                BsonType fieldType;
                while ((fieldType = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
                    String name = reader.readName();
                    node.set(name, readTree(reader, fieldType));
                }
                reader.readEndDocument();
                return node;
            }
            case ARRAY: {
                ArrayNode node = new ArrayNode(NODES);
                reader.readStartArray();
                BsonType elementType;
                while ((elementType = reader.readBsonType()) != BsonType.END_OF_DOCUMENT) {
                    node.add(readTree(reader, elementType));
                }
                reader.readEndArray();
                return node;
            }
            case STRING:
                return TextNode.valueOf(reader.readString());
            case INT32:
                return IntNode.valueOf(reader.readInt32());
            case INT64:
                return LongNode.valueOf(reader.readInt64());
            case DECIMAL128:
                return decimalNode(reader.readDecimal128());
            case DOUBLE:
                return DoubleNode.valueOf(reader.readDouble());
            case BOOLEAN:
                return BooleanNode.valueOf(reader.readBoolean());
            case NULL:
                reader.readNull();
                return NullNode.getInstance();
            case BINARY:
                return BinaryNode.valueOf(reader.readBinaryData().getData());
            case DATE_TIME:
                return LongNode.valueOf(reader.readDateTime());
            case OBJECT_ID:
                return TextNode.valueOf(reader.readObjectId().toHexString());
            default:
                throw new IllegalStateException("Unexpected BSON type in a stored payload: " + type);
        }
    }

    private static JsonNode decimalNode(Decimal128 decimal) {
        try {
            return DecimalNode.valueOf(decimal.bigDecimalValue());
        } catch (ArithmeticException negativeZero) {
            return DoubleNode.valueOf(-0.0d);
        }
    }
}
