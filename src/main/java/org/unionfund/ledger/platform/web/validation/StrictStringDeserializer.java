package org.unionfund.ledger.platform.web.validation;

import java.io.IOException;

import org.unionfund.ledger.kernel.RuleViolation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Every string of a request body: a JSON string and nothing else (a number or boolean is refused, not turned into
 * text), and {@link SafeText safe text}. A refusal names the field and the rule ({@code invalid-value} or
 * {@code unsafe-text}) through {@code ProblemResponses}.
 */
public class StrictStringDeserializer extends StdScalarDeserializer<String> {

    public StrictStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            String found = parser.currentToken() == null ? "nothing" : switch (parser.currentToken()) {
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
                case VALUE_TRUE, VALUE_FALSE -> "a boolean";
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                default -> "a " + parser.currentToken().asString();
            };
            throw refusal(parser, "invalid-value", "must be a JSON string, not " + found);
        }
        String text = parser.getText();
        String problem = SafeText.problem(text);
        if (problem != null) {
            throw refusal(parser, "unsafe-text", problem);
        }
        return text;
    }

    private static JsonMappingException refusal(JsonParser parser, String rule, String message) {
        return JsonMappingException.from(parser, message, new RuleViolation(rule, null, message));
    }
}
