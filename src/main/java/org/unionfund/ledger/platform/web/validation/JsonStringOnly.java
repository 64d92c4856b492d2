package org.unionfund.ledger.platform.web.validation;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads a JSON string and nothing else: a JSON number is refused rather than coerced to text, so an amount is
 * always sent as the decimal string the API documents ({@code "1500.00"}, never {@code 1500} or {@code 1.5e3}).
 */
public class JsonStringOnly extends StdScalarDeserializer<String> {

    public JsonStringOnly() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
