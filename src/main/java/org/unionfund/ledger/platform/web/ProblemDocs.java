package org.unionfund.ledger.platform.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/** The one OpenAPI description of a problem+json response (type, title, status, detail, rule and maybe field). */
public final class ProblemDocs {

    private ProblemDocs() {
    }

    /** A problem response; {@code field} is the example of the field property, null when the problem names none. */
    public static ApiResponse response(String description, String rule, int status, String field) {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", new StringSchema().example(ProblemResponses.TYPE_BASE + rule));
        properties.put("title", new StringSchema().example(rule));
        properties.put("status", new IntegerSchema().example(status));
        properties.put("detail", new StringSchema());
        properties.put("rule", new StringSchema().example(rule));
        if (field != null) {
            properties.put("field", new StringSchema().example(field));
        }
        ObjectSchema schema = new ObjectSchema();
        schema.setProperties(properties);
        return new ApiResponse().description(description).content(new Content().addMediaType(
                MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                new io.swagger.v3.oas.models.media.MediaType().schema(schema)));
    }
}
