package org.unionfund.ledger.platform.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.BsonBinaryReader;
import org.bson.BsonType;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;

class JsonBsonTest {

    /** Reads fractions exactly, so the comparison sees what a double would have rounded away. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"a\":1,\"b\":12345678901,\"c\":\"x\",\"d\":[true,false,null],\"e\":{\"f\":1.50}}",
            "{\"big\":123456789012345678901234567890,\"tiny\":1.0E-300,\"exp\":6.02E23}",
            "{\"unicode\":\"工会福利 \\u0000 \\\"quoted\\\"\"}",
            "\"a bare string\"", "[1,2.5,\"x\"]", "42", "null", "{}"
    })
    void jsonSurvivesTheTripThroughBson(String json) throws Exception {
        Object bson = JsonBson.parse(json);

        assertThat(bson).isNotSameAs(JsonBson.NOT_BSON);
        String back = JSON.writeValueAsString(throughBson(bson));
        assertThat(JSON.readTree(back)).isEqualTo(JSON.readTree(json));
    }

    @Test
    void decimalsKeepTheirScale() {
        RawBsonDocument document = (RawBsonDocument) JsonBson.parse("{\"amount\":1500.00}");

        assertThat(document.getDecimal128("amount").getValue()).isEqualTo(Decimal128.parse("1500.00"));
        assertThat(throughBson(document).get("amount").decimalValue()).hasToString("1500.00");
    }

    @Test
    void negativeZeroKeepsItsSign() {
        double back = throughBson(JsonBson.parse("-0.0")).doubleValue();

        assertThat(Double.doubleToRawLongBits(back)).isEqualTo(Double.doubleToRawLongBits(-0.0d));
    }

    /** Stores the value as the driver would and reads it back the way {@link CommitReader} does. */
    private static JsonNode throughBson(Object value) {
        RawBsonDocument raw = new RawBsonDocument(new BsonDocument("v", (BsonValue) value), new BsonDocumentCodec());
        try (BsonBinaryReader reader = new BsonBinaryReader(raw.getByteBuffer().asNIO())) {
            reader.readStartDocument();
            BsonType type = reader.readBsonType();
            reader.readName();
            return JsonBson.readTree(reader, type);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a.b\":1}", "{\"$set\":1}", "{\"\":1}", "{\"a\":1,\"a\":2}",
            "{\"x\":1.0000000000000000000000000000000000001}", "<xml/>", "{\"a\":1} trailing", ""})
    void refusesWhatCannotBeStoredExactly(String text) {
        assertThat(JsonBson.parse(text)).isSameAs(JsonBson.NOT_BSON);
    }
}
