package org.unionfund.ledger.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The fuzz test's second set of hostile requests (issue 20), each a valid request with one thing wrong: multipart
 * without a boundary, a null inside a list, a number or boolean where a string belongs, a blank string for a boolean,
 * bidi/C0/C1/DEL controls or Cyrillic/Greek look-alikes in free text, look-alike digits in codes, and random
 * content types. All must be refused with a 4xx problem and write nothing.
 */
final class HostileCases {

    record Case(String kind, String contentType, String body) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> TEXT = Set.of("name", "description", "reason", "employerName", "licenceNumber");
    private static final Set<String> BOOLEANS = Set.of("familyMember", "pairedAidRegion", "correction");
    private static final Set<String> CODES = Set.of("bodyId", "parentId", "fundId", "toBodyId", "fromBodyId",
            "regionCode", "regionBodyId", "programmeId", "contractorId", "destinationId", "participantId");
    private static final String[] MULTIPART = {"multipart/form-data", "multipart/mixed", "multipart/form-data; charset=UTF-8",
            "multipart/form-data; boundary=", "multipart/related", "multipart/form-data;boundary"};
    private static final String[] UNSAFE = {"\u202e", "\u202d", "\u200f", "\u2066", "\u2069", "\u061c", "\u0000",
            "\u0007", "\u001b", "\u007f", "\u0085", "\u009b", "\u000b", "\u000c"};
    private static final String[] LOOK_ALIKES = {"З30000", "33О105", "L-ΖJ-001", "Аnji", "Hangzhou Тravel", "ЗЗ0105工会"};
    private static final String[] CODE_LOOK_ALIKES = {"З30000", "33О105", "330١05", "３３０１０５", "33Ο105", "330105\u200b"};
    private static final String[] STRINGS_AS = {"9223372036854775807", "330105", "1.5", "-1", "true", "false", "0"};
    private static final String[] CONTENT_TYPES = {"text/html", "image/png", "application/pdf", "text/csv",
            "application/xml; charset=utf-8", "application/x-ndjson", "application/yaml", "text/plain; charset=utf-8",
            "application/javascript", "application/cbor", "application/x-java-serialized-object", "*/*", "application/*",
            "audio/ogg", "video/mp4", "application/zip", "message/http"};

    private final Random random;

    HostileCases(Random random) {
        this.random = random;
    }

    Case next(String valid) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(valid);
        return switch (random.nextInt(7)) {
            case 0 -> new Case("multipart-no-boundary", pick(MULTIPART), valid);
            case 1 -> nullElement(tree);
            case 2 -> replace(tree, "string-as-number-or-boolean", name -> TEXT.contains(name) || CODES.contains(name)
                    || name.endsWith("Date") || name.endsWith("Id"), () -> JSON.readTree(pick(STRINGS_AS)));
            case 3 -> replace(tree, "blank-boolean", BOOLEANS::contains,
                    () -> NODES.textNode(random.nextBoolean() ? "" : " "));
            case 4 -> replace(tree, "unsafe-text", TEXT::contains, () -> NODES.textNode(random.nextInt(3) == 0
                    ? pick(LOOK_ALIKES) : "疗休养" + pick(UNSAFE) + "txt.exe"));
            case 5 -> replace(tree, "look-alike-code", CODES::contains, () -> NODES.textNode(pick(CODE_LOOK_ALIKES)));
            default -> new Case("random-content-type", random.nextInt(3) == 0 ? randomType() : pick(CONTENT_TYPES),
                    valid);
        };
    }

    private Case nullElement(ObjectNode tree) throws Exception {
        List<ArrayNode> arrays = new ArrayList<>();
        collectArrays(tree, arrays);
        if (arrays.isEmpty()) {
            return replace(tree, "unsafe-text", TEXT::contains, () -> NODES.textNode("a\u202eb"));
        }
        ArrayNode array = arrays.get(random.nextInt(arrays.size()));
        array.insertNull(random.nextInt(array.size() + 1));
        return new Case("null-element", "application/json", JSON.writeValueAsString(tree));
    }

    private interface Value {
        JsonNode get() throws Exception;
    }

    /** Replaces a random field whose name matches; a field with an unsafe name when the body has none. */
    private Case replace(ObjectNode tree, String kind, java.util.function.Predicate<String> fields, Value value)
            throws Exception {
        List<Map.Entry<ObjectNode, String>> found = new ArrayList<>();
        collectFields(tree, fields, found);
        if (found.isEmpty()) {
            String first = tree.fieldNames().next();
            tree.set(first, JSON.readTree("true"));
            return new Case(kind, "application/json", JSON.writeValueAsString(tree));
        }
        Map.Entry<ObjectNode, String> field = found.get(random.nextInt(found.size()));
        field.getKey().set(field.getValue(), value.get());
        return new Case(kind, "application/json", JSON.writeValueAsString(tree));
    }

    private static void collectFields(JsonNode node, java.util.function.Predicate<String> fields,
            List<Map.Entry<ObjectNode, String>> found) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (fields.test(field.getKey()) && field.getValue().isValueNode()) {
                    found.add(Map.entry(object, field.getKey()));
                }
                collectFields(field.getValue(), fields, found);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> collectFields(element, fields, found));
        }
    }

    private static void collectArrays(JsonNode node, List<ArrayNode> arrays) {
        if (node instanceof ArrayNode array) {
            arrays.add(array);
        }
        node.forEach(child -> collectArrays(child, arrays));
    }

    private String randomType() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        StringBuilder type = new StringBuilder();
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            type.append(letters.charAt(random.nextInt(letters.length())));
        }
        type.append('/');
        for (int i = 1 + random.nextInt(8); i > 0; i--) {
            type.append(letters.charAt(random.nextInt(letters.length())));
        }
        return random.nextBoolean() ? type.toString() : type + "; q=" + random.nextInt(9);
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
