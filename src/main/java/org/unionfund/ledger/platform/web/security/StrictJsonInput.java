package org.unionfund.ledger.platform.web.security;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

import org.unionfund.ledger.platform.web.validation.StrictStringDeserializer;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * The JSON reader of the HTTP API: a copy of the application's ObjectMapper (the event serializer keeps its own)
 * that reads request bodies strictly. Unknown fields, duplicate keys, trailing tokens, numbers for enums, fractions
 * for integers, numbers for dates (epoch days), numbers or strings (blank too) for booleans, numbers or booleans
 * for strings, unsafe text ({@link org.unionfund.ledger.platform.web.validation.SafeText}) and null list elements
 * are refused;
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
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setAcceptBlankAsEmpty(false);
        // a null inside a list (or map) is refused where it is read, with its path, never passed on to a handler
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("strict-strings").addDeserializer(String.class,
                new StrictStringDeserializer()));
        return mapper;
    }

    /** Replaces the JSON converters of Spring MVC's list by converters reading with the strict mapper; drops the rest. */
    public static void apply(List<HttpMessageConverter<?>> converters, ObjectMapper application) {
        ObjectMapper strict = strict(application);
        // YAML, CBOR, Smile or XML readers would take a JSON body past the strict reader (YAML is a superset of JSON)
        converters.removeIf(converter -> converter instanceof AbstractJackson2HttpMessageConverter
                && converter.getClass() != MappingJackson2HttpMessageConverter.class);
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter json
                    && json.getClass() == MappingJackson2HttpMessageConverter.class) {
                MappingJackson2HttpMessageConverter replacement = new MappingJackson2HttpMessageConverter(strict) {
                    // a request's Content-Type names what it is: */* or application/* is no promise of JSON (415)
                    @Override
                    protected boolean canRead(MediaType mediaType) {
                        return mediaType != null && !mediaType.isWildcardType() && !mediaType.isWildcardSubtype()
                                && super.canRead(mediaType);
                    }
                };
                replacement.setSupportedMediaTypes(json.getSupportedMediaTypes());
                converters.set(i, replacement);
            }
        }
    }
}
