package org.unionfund.ledger.security.input;

import java.util.List;

import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The JSON reader of the HTTP API: a copy of the application's ObjectMapper (the event serializer keeps its own)
 * that reads request bodies strictly. Unknown fields, duplicate keys, trailing tokens, numbers for enums, fractions
 * for integers, numbers for dates (epoch days), and numbers or strings for booleans are refused;
 * nesting, number and string lengths are bounded; default typing (polymorphic {@code @class} payloads) is off.
 */
public final class StrictJsonInput {

    private StrictJsonInput() {
    }

    public static ObjectMapper strict(ObjectMapper application) {
        ObjectMapper mapper = application.copy();
        mapper.deactivateDefaultTyping();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxNumberLength(64).maxStringLength(1_000_000).build());
        mapper.setDefaultLeniency(false);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }

    /** Replaces the JSON converters of Spring MVC's list by converters reading with the strict mapper. */
    public static void apply(List<HttpMessageConverter<?>> converters, ObjectMapper application) {
        ObjectMapper strict = strict(application);
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json
                    && json.getClass() == MappingJackson2HttpMessageConverter.class) {
                MappingJackson2HttpMessageConverter replacement = new MappingJackson2HttpMessageConverter(strict);
                replacement.setSupportedMediaTypes(json.getSupportedMediaTypes());
                converters.set(i, replacement);
            }
        }
    }
}
