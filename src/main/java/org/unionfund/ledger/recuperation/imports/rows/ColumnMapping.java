package org.unionfund.ledger.recuperation.imports.rows;

import java.io.IOException;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.unionfund.ledger.recuperation.imports.read.ImportFileProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which header names mean which field, and which cell words mean which code — a small JSON file, so another
 * platform's export is read by writing a mapping instead of code (format: docs/import.md). The default is the
 * template's Chinese headers ({@code import/trips-mapping.json}). Headers and words are matched trimmed and
 * case-insensitively; codes themselves (FRONTLINE, NON_PUBLIC, …) are always accepted.
 */
public final class ColumnMapping {

    public static final String DEFAULT = "import/trips-mapping.json";

    private final String name;
    private final Map<TripField, List<String>> headers;
    private final Map<String, Map<String, String>> values;

    private ColumnMapping(String name, Map<TripField, List<String>> headers, Map<String, Map<String, String>> values) {
        this.name = name;
        this.headers = headers;
        this.values = values;
    }

    public static ColumnMapping defaults() {
        try (InputStream in = ColumnMapping.class.getClassLoader().getResourceAsStream(DEFAULT)) {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("the default column mapping is missing", e);
        }
    }

    /** Reads a mapping file; a malformed one is refused as a file problem (field {@code mapping}). */
    public static ColumnMapping parse(byte[] json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            Map<TripField, List<String>> headers = new EnumMap<>(TripField.class);
            root.path("columns").fields().forEachRemaining(e -> headers.put(field(e.getKey()),
                    e.getValue().isArray() ? toList(e.getValue()) : List.of(e.getValue().asText())));
            for (TripField f : TripField.values()) {
                if (f.required() && !headers.containsKey(f)) {
                    throw new ImportFileProblem("invalid-mapping", null, "mapping", "the mapping names no column for "
                            + key(f));
                }
            }
            Map<String, Map<String, String>> values = new HashMap<>();
            root.path("values").fields().forEachRemaining(e -> {
                Map<String, String> words = new HashMap<>();
                e.getValue().fields().forEachRemaining(w -> words.put(w.getKey().trim().toLowerCase(Locale.ROOT),
                        w.getValue().asText()));
                values.put(e.getKey(), words);
            });
            return new ColumnMapping(root.path("name").asText("mapping"), headers, values);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new ImportFileProblem("invalid-mapping", null, "mapping", "the column mapping is not valid JSON "
                    + "of the documented form (docs/import.md)");
        }
    }

    public String name() {
        return name;
    }

    /** The column index of each mapped field present in the header; refuses missing required columns by name. */
    public Map<TripField, Integer> locate(List<String> header) {
        Map<TripField, Integer> at = new EnumMap<>(TripField.class);
        for (Map.Entry<TripField, List<String>> e : headers.entrySet()) {
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).trim().replace("\uFEFF", "");
                if (e.getValue().stream().anyMatch(name -> name.equalsIgnoreCase(h))) {
                    at.put(e.getKey(), i);
                    break;
                }
            }
        }
        List<String> missing = headers.keySet().stream().filter(f -> f.required() && !at.containsKey(f))
                .map(f -> headers.get(f).get(0)).toList();
        if (!missing.isEmpty()) {
            throw new ImportFileProblem("missing-columns", 1, String.join("、", missing), "the header row lacks "
                    + "the column(s) " + String.join(", ", missing) + " (mapping " + name + "); if the file shows "
                    + "garbled Chinese, it is in another encoding: choose UTF-8 or GBK");
        }
        return at;
    }

    /** The header name a field is reported under. */
    public String header(TripField field) {
        List<String> names = headers.get(field);
        return names == null || names.isEmpty() ? key(field) : names.get(0);
    }

    /** The code a cell word stands for in a value list (category, newFormSubtype, ownership, yesNo), or null. */
    public String code(String list, String word) {
        String w = word.trim();
        String mapped = values.getOrDefault(list, Map.of()).get(w.toLowerCase(Locale.ROOT));
        return mapped != null ? mapped : w.toUpperCase(Locale.ROOT);
    }

    public Map<String, String> words(String list) {
        return new LinkedHashMap<>(values.getOrDefault(list, Map.of()));
    }

    private static TripField field(String key) {
        return TripField.valueOf(key.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }

    private static String key(TripField field) {
        String[] parts = field.name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            b.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return b.toString();
    }

    private static List<String> toList(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
